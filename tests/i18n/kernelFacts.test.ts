import { describe, expect, it } from 'vitest';
import { loadLocale } from '../../src/i18n/index';
import { narrate } from '../../src/i18n/narrate';
import { getCountersAt, getStep, simulate, SCENARIO_IDS, type Step, type Trace } from '../../src/sim/index';

/**
 * Issue 12, "every word true": facts about Linux 6.x that the narration and the sites must state, in both
 * languages. Each test names the kernel source it rests on.
 */

const LOCALES = ['en', 'zh-CN'] as const;
// The Chinese catalogue loads on demand; without it translate() falls back to English.
await loadLocale('zh-CN');

function allSteps(trace: Trace): Step[] {
  return Array.from({ length: trace.length }, (_, i) => getStep(trace, i));
}

function narrations(s: Step): string[] {
  return LOCALES.map((l) => narrate(l, s.site, s.params));
}

function first(steps: Step[], site: string): Step {
  const s = steps.find((x) => x.site === site);
  if (!s) throw new Error(`no ${site} step`);
  return s;
}

/** Indices of `names` in `text`, which must all be present. */
function positions(text: string, names: readonly string[]): number[] {
  return names.map((n) => {
    const at = text.indexOf(n);
    expect(at, `${n} in ${text}`).toBeGreaterThanOrEqual(0);
    return at;
  });
}

describe('syscall dispatch is a switch (arch/x86/entry/syscall_64.c, syscall_32.c, since 6.9)', () => {
  it.each([
    ['x86_64', 'entry.dispatch', 'x64_sys_call', '__x64_sys_getpid'],
    ['i386', 'entry.dispatch32', 'ia32_sys_call', '__ia32_sys_getpid'],
  ] as const)(
    '%s: the dispatch step names the switch function and the handler',
    (arch, site, fn, handler) => {
      const step = first(allSteps(simulate('syscall', { arch })), site);
      expect(step.fn).toContain(fn);
      expect(step.fn).toContain(handler);
      expect(step.fn).not.toMatch(/sys_call_table/);
      for (const text of narrations(step)) {
        expect(text).toContain(`${fn}()`);
        expect(text).not.toMatch(/index into|为下标/);
      }
    },
  );
});

describe('disk read completion, in the order Linux runs it (reference §5)', () => {
  const steps = allSteps(simulate('read-write', { file: 10000 }));
  const done = first(steps, 'dma.disk_to_pagecache.done');
  const enter = first(steps, 'irq.disk.enter');
  const wake = first(steps, 'sched.wake_io');
  const exit = first(steps, 'irq.disk.exit');

  it('device done → IRQ → bio_endio → end_io → folio_end_read, then the interrupt exit', () => {
    expect(done.index).toBeLessThan(enter.index);
    expect(enter.index).toBeLessThan(wake.index);
    expect(wake.index).toBeLessThan(exit.index);
    const chain = [done, enter, wake, exit].map((s) => s.fn).join(' | ');
    const at = positions(chain, [
      'vring_interrupt',
      'virtblk_done',
      'blk_mq_complete_request',
      'bio_endio',
      'mpage_end_io',
      'folio_end_read',
    ]);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('the device step names no kernel function that runs in the interrupt', () => {
    for (const s of [done, first(allSteps(simulate('direct-io')), 'dma.disk_to_user.done')]) {
      expect(s.fn).not.toMatch(/virtblk_done|blk_mq_complete_request|bio_endio|end_io/);
    }
  });

  it('pages become up to date (cached) at folio_end_read, not before, and only it says so', () => {
    expect(narrations(wake).every((t) => /up to date|最新/.test(t))).toBe(true);
    for (const s of [done, enter, exit]) {
      for (const text of narrations(s))
        expect(text).not.toMatch(/marks? the pages up to date|(?<!还没有)标记为最新。/);
    }
  });

  it('direct-io: iomap_dio_bio_end_io from bio_endio wakes the task; no step marks pages up to date', () => {
    const dio = allSteps(simulate('direct-io'));
    const w = first(dio, 'sched.wake_dio');
    const at = positions(w.fn, ['bio_endio', 'iomap_dio_bio_end_io', 'wake_up_process']);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const s of dio)
      expect(narrate('en', s.site, s.params)).not.toMatch(/marks (the |its )?pages up to date/);
  });
});

describe('counters count at the step that does the thing', () => {
  it.each(SCENARIO_IDS.map((id) => [id]))(
    '%s: DMA bytes rise when the device is done, not when the request is submitted',
    (id) => {
      const t = simulate(id);
      for (let i = 0; i < t.length; i++) {
        const s = getStep(t, i);
        const before = i > 0 ? getCountersAt(t, i - 1) : getCountersAt(t, -1);
        const after = getCountersAt(t, i);
        const rose = after.dmaBytes - before.dmaBytes;
        if (s.kind === 'dma.done') expect(rose, `${id} step ${i}`).toBe(s.data?.bytes);
        else expect(rose, `${id} step ${i} ${s.site}`).toBe(0);
        if (s.kind === 'dma.done') expect(after.dmaTransfers - before.dmaTransfers).toBe(1);
      }
    },
  );

  it.each(SCENARIO_IDS.map((id) => [id]))(
    '%s: a step that says a device reports with or raises an interrupt counts it',
    (id) => {
      const t = simulate(id, id === 'read-write' ? { file: 10000 } : {});
      for (let i = 0; i < t.length; i++) {
        const s = getStep(t, i);
        const text = narrate('en', s.site, s.params);
        if (!/(reports completion with an interrupt|raises (a|its) [\w-]+ interrupt)/.test(text)) continue;
        const before = i > 0 ? getCountersAt(t, i - 1).interrupts : 0;
        expect(getCountersAt(t, i).interrupts, `${id} step ${i}: ${text}`).toBe(before + 1);
      }
    },
  );
});

describe('kernel-access says which page-table isolation it assumes', () => {
  it('no KPTI, and with KPTI the error code would be 0x4', () => {
    const step = first(allSteps(simulate('kernel-access')), 'fault.user_protection');
    expect(step.params.err).toBe('0x5');
    for (const text of narrations(step)) {
      expect(text).toContain('KPTI');
      expect(text).toContain('0x4');
    }
  });
});

describe('rule 4 and 10: where the sg=off copy happens, and what TX completion frees', () => {
  // net/core/sock.c sk_setup_caps: a TCP socket always has NETIF_F_SG (GSO), so the frags are queued and
  // net/core/dev.c validate_xmit_skb linearises them for a device without SG.
  it('page references queued for a NIC without SG say the copy comes at transmit; with SG, that the NIC gathers', () => {
    for (const scenario of ['sendfile', 'splice'] as const) {
      const off = allSteps(simulate(scenario, { file: 10000, sg: 'off' }));
      const ref = off.find((s) => s.kind === 'ref.move' && s.data?.to === 'skb')!;
      const [en, zh] = narrations(ref);
      expect(en).toMatch(/when the skb is sent, the CPU will copy/);
      expect(en).not.toMatch(/straight from the page cache\./);
      expect(zh).toMatch(/发送这个 skb 时，CPU 要把这些页拷贝/);
      expect(first(off, 'copy.skb_linearize').fn).toMatch(/^validate_xmit_skb/);
      const on = allSteps(simulate(scenario, { file: 10000, sg: 'on' }));
      const gathered = on.find((s) => s.kind === 'ref.move' && s.data?.to === 'skb')!;
      expect(narrations(gathered)[0]).toMatch(/NIC will read the data straight from the page cache/);
    }
  });

  // drivers free the clone (napi_consume_skb); net/ipv4/tcp_input.c tcp_clean_rtx_queue frees the skb on ACK.
  it('TX completion frees the driver’s clone; the ACK frees the skb and its page references', () => {
    const steps = allSteps(simulate('sendfile', { file: 4096 }));
    const [txEn, txZh] = narrations(first(steps, 'irq.nic.exit'));
    expect(txEn).toMatch(/freed the driver’s clone/);
    expect(txEn).toMatch(/stays on TCP’s retransmit queue until the receiver acknowledges it/);
    expect(txZh).toMatch(/skb 克隆/);
    const [ackEn] = narrations(first(steps, 'tcp.ack'));
    expect(ackEn).toMatch(/tcp_ack → tcp_clean_rtx_queue/);
    expect(ackEn).toMatch(/drops its references to the page-cache pages/);
  });
});
