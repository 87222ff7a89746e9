import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time a process has used so far, in ms: the sum of its threads' run time as the scheduler
 * counts it (`/proc/<pid>/task/<tid>/schedstat`, nanoseconds). 0 once the process is gone. Linux only.
 *
 * Why CPU time next to latency: on a shared 2-core VM the latency tail moves with whatever else
 * the host runs (the relay's own p99 has been seen anywhere from 1.2 to 14 ms on the same code),
 * while the CPU an Alongside command costs moves far less (within about 25 % over a day that saw
 * the p99 range from 23 to 554 ms). A change that saves CPU shows here when the tail is too noisy
 * to tell.
 */
export function processCpuMs(pid: number): number {
  let ns = 0;
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return 0;
  }
  for (const tid of tasks) {
    try {
      ns += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return ns / 1e6;
}

/**
 * Measures the CPU a set of processes uses over a window. `pids` is asked at both ends: a process
 * that appears during the window (a new database connection) counts from zero.
 */
export async function cpuWindow(pids: () => Promise<number[]>): Promise<{ stop(): Promise<number> }> {
  const start = new Map<number, number>();
  for (const pid of await pids()) start.set(pid, processCpuMs(pid));
  return {
    async stop() {
      const now = new Set([...start.keys(), ...(await pids())]);
      let used = 0;
      for (const pid of now) used += Math.max(0, processCpuMs(pid) - (start.get(pid) ?? 0));
      return used;
    },
  };
}
