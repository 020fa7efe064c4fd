import { stepRaises, type CounterKey } from '../counters';
import { SITES } from '../sites';
import { emptyRaw, readStep } from '../stepColumns';
import type { ProgramTrace } from '../trace';

/**
 * What a step is called in a reason: its system call; a device's DMA or interrupt by the device; else the
 * last kernel function behind it, and the system call it happened in (`inside`), if any.
 */
function label(site: number, inside: string | undefined): string {
  const def = SITES[site]!;
  if (def.syscall) return `${def.syscall}()`;
  if (def.device && def.kind.startsWith('dma.')) return `${def.device === 'disk' ? 'disk' : 'NIC'} DMA`;
  if (def.device && def.kind.startsWith('irq.')) return `${def.device === 'disk' ? 'disk' : 'NIC'} interrupt`;
  const chain = def.fn.split('→').map((f) => f.trim());
  // A copy is named by the function that copies (the chain may end in the bookkeeping after it).
  const copier = def.kind === 'cpu.copy' ? chain.filter((f) => /copy/.test(f)).at(-1) : undefined;
  const fn = copier ?? chain[chain.length - 1]!;
  return inside ? `${fn} in ${inside}()` : fn;
}

/** Bytes counters add the steps' sizes; the others count the steps. */
const BYTES: ReadonlySet<CounterKey> = new Set(['cpuBytes', 'dmaBytes']);

/**
 * One line that says where a counter's total comes from, made from the trace: the steps that raised it,
 * grouped by what they were ("copy_page_to_iter ×3, copy_from_iter ×3"), largest first; "none" for 0.
 * A copy is named by its copying function.
 * Mode switches are split by their three sources (system calls, faults and interrupts in user mode).
 */
export function reasonFor(trace: ProgramTrace, key: CounterKey): string {
  if (key === 'modeSwitches') {
    const by = trace.totals.modeSwitchesBy;
    // Usually two each (in and out); a fault that kills the process has no way back.
    return (
      `${by.syscall} by system calls, ${by.exception} by faults taken in user mode, ` +
      `${by.interrupt} by interrupts that arrived in user mode`
    );
  }
  const groups = new Map<string, number>();
  // The system call each task is in, so a copy reads "copy_page_to_iter in read()".
  const inside = new Map<number, string>();
  const r = emptyRaw();
  for (let j = 0; j < trace.length; j++) {
    readStep(trace.columns, j, r);
    const def = SITES[r.site]!;
    if (def.kind === 'syscall.enter' && def.syscall) inside.set(r.task, def.syscall);
    if (def.kind === 'syscall.exit') inside.delete(r.task);
    if (!stepRaises(key, r.site, r.n, r.flags)) continue;
    const name = label(r.site, inside.get(r.task));
    groups.set(name, (groups.get(name) ?? 0) + (BYTES.has(key) ? r.n : 1));
  }
  if (groups.size === 0) return 'none: no step raises it';
  return [...groups]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([name, n]) => (BYTES.has(key) ? `${name} ${n} B` : `${name} ×${n}`))
    .join(', ');
}
