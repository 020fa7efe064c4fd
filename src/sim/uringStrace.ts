import type { RawStep } from './applyStep';
import { SITES, S } from './sites';

/** ee_code, printed only when the kernel copied the pages after all (loopback): 0 is the zero-copy case. */
function copiedCode(s: RawStep): string {
  return s.site === S.zc.recvErr.exit && s.c === 1 ? 'ee_code=SO_EE_CODE_ZEROCOPY_COPIED, ' : '';
}

/** Issue 17's calls in strace's syntax, from their exit step (the arguments travel in columns a and b). */
export function uringCallText(s: RawStep): string {
  const u = S.uring;
  const z = S.zc;
  switch (s.site) {
    case u.setup.enter:
    case u.setup.exit:
      return `io_uring_setup(${s.a}, {flags=${s.b ? 'IORING_SETUP_SQPOLL' : '0'}, ...})`;
    case u.mmapRings.enter:
    case u.mmapRings.exit:
      return `mmap(NULL, ${s.a}, PROT_READ|PROT_WRITE, MAP_SHARED|MAP_POPULATE, 5, ${s.b === 0 ? 'IORING_OFF_SQ_RING' : 'IORING_OFF_SQES'})`;
    case u.enter.enter:
    case u.enter.exit:
      return `io_uring_enter(5, ${s.a}, ${s.b}, ${s.b > 0 ? 'IORING_ENTER_GETEVENTS' : '0'}, NULL, 8)`;
    case z.setsockopt.enter:
    case z.setsockopt.exit:
      return 'setsockopt(4, SOL_SOCKET, SO_ZEROCOPY, [1], 4)';
    case z.sendto.enter:
    case z.sendto.exit:
      return `sendto(4, buf, ${s.a}, MSG_ZEROCOPY, NULL, 0)`;
    case z.poll.enter:
    case z.poll.exit:
      return 'poll([{fd=4, events=POLLERR}], 1, -1)';
    case z.recvErr.enter:
    case z.recvErr.exit:
      return s.a >= 0
        ? `recvmsg(4, {msg_control=[{cmsg_level=SOL_IP, cmsg_type=IP_RECVERR, cmsg_data={ee_origin=SO_EE_ORIGIN_ZEROCOPY, ${copiedCode(s)}ee_info=${s.a}, ee_data=${s.b}}}], ...}, MSG_ERRQUEUE)`
        : 'recvmsg(4, {...}, MSG_ERRQUEUE)';
    default:
      return `${SITES[s.site]?.syscall ?? '?'}()`;
  }
}

/** Issue 17's calls whose result strace prints as an address. */
export function uringReturnsAddress(site: number): boolean {
  return site === S.uring.mmapRings.exit;
}
