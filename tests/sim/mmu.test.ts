import { describe, expect, it } from 'vitest';
import {
  LAYOUTS,
  NO_PTE,
  checkAccess,
  getMachineAt,
  getStep,
  kernelPte,
  lookupUserPte,
  pageAddress,
  pageCacheRefcount,
  simulate,
} from '../../src/sim/index';

describe('lookupUserPte', () => {
  it.each([4096, 16384, 65536] as const)(
    'page=%i: every page an mmap-write run maps is found at its own address, with its own frame',
    (page) => {
      const trace = simulate('mmap-write', { file: 300000, page });
      let mappedSteps = 0;
      for (let i = 0; i < trace.length; i++) {
        const mi = getMachineAt(trace, i);
        for (const t of mi.tasks)
          for (const p of t.ptes) {
            mappedSteps++;
            for (let k = 0; k < p.count; k++) {
              const addr = pageAddress(p.vpn + k, page) + BigInt(page - 1); // last byte of the page
              expect(lookupUserPte(t, addr, page)).toMatchObject({ present: true, pfn: p.pfn + k });
            }
          }
      }
      expect(mappedSteps).toBeGreaterThan(0);
    },
  );

  it('finds nothing where nothing is mapped', () => {
    const trace = simulate('mmap-write', {});
    const t = getMachineAt(trace, 0).tasks[0];
    expect(lookupUserPte(t, BigInt(LAYOUTS.x86_64.mmapBottom), 4096)).toBe(NO_PTE);
    expect(lookupUserPte(undefined, 0n, 4096)).toBe(NO_PTE);
  });
});

describe('checkAccess', () => {
  const user = { ...NO_PTE, present: true, user: true, writable: false };
  it('checks canonical, present, U/S, then R/W, as x86 does', () => {
    expect(checkAccess(false, user, { fromUser: true, write: true })).toBe('non-canonical');
    expect(checkAccess(true, NO_PTE, { fromUser: true, write: true })).toBe('not-present');
    expect(
      checkAccess(true, kernelPte('x86_64', 0xffff888000000000n, true), { fromUser: true, write: false }),
    ).toBe('us-failed');
    expect(checkAccess(true, kernelPte('i386', 0xc0000000n, true), { fromUser: false, write: true })).toBe(
      'ok',
    );
    expect(checkAccess(true, user, { fromUser: true, write: true })).toBe('write-protected');
    expect(checkAccess(true, user, { fromUser: true, write: false })).toBe('ok');
  });

  it('agrees with the kernel-access run: the ring-3 load of a kernel address fails the U/S check', () => {
    for (const arch of ['x86_64', 'i386'] as const) {
      const trace = simulate('kernel-access', { arch });
      const fault = [...Array(trace.length).keys()]
        .map((i) => getStep(trace, i))
        .find((s) => s.kind === 'fault.enter');
      expect(fault).toBeDefined();
      const addr = BigInt(String(fault!.params.addr));
      const pte = kernelPte(arch, addr, false);
      expect(checkAccess(true, pte, { fromUser: true, write: false })).toBe('us-failed');
    }
  });

  it('gives the direct map its frame: (addr − PAGE_OFFSET) / 4 KiB', () => {
    expect(kernelPte('i386', 0xc0003000n, true).pfn).toBe(3);
    expect(kernelPte('x86_64', 0xffff888000005000n, true).pfn).toBe(5);
  });
});

describe('pageCacheRefcount', () => {
  it('counts the cache, each mapping process, and each skb frag or pipe buffer holding the page', () => {
    const trace = simulate('splice', { file: 10000 });
    let sawPipeRef = false;
    for (let i = 0; i < trace.length; i++) {
      const m = getMachineAt(trace, i);
      for (const [first] of m.cached) {
        const held = [...m.skb, ...m.pipe].filter((s) => s.ref && s.first <= first && first <= s.last).length;
        if (m.pipe.some((s) => s.ref && s.first <= first && first <= s.last)) sawPipeRef = true;
        expect(pageCacheRefcount(m, first), `step ${i}`).toBe(1 + held);
      }
    }
    expect(sawPipeRef).toBe(true);
  });
});
