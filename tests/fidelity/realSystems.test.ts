// Issue 18: each "Real systems" program makes the system calls the real system made, in the same order,
// with the same counts and results — compared on the data-path window of a real capture (nginx serving
// curl, the JDK calls Kafka, Netty and RocketMQ sit on; `npm run capture`, scripts/captureRealSystems.ts).
// Intended differences (docs/fidelity-differences.md): the model's sendfile passes NULL where the JDK and
// nginx pass an offset pointer (both move the file position's bytes); epoll, futex, mprotect, setsockopt,
// close and the JVM's other threads are outside the window.
import { describe, expect, it } from 'vitest';
import { getStraceLines, parseParams, simulate, type ScenarioId } from '../../src/sim/index';
import { loadRealFixtures } from './realSystemsFixture';
import { normaliseModel, normaliseWindow, parseLog } from './realSystemsWindow';

const fixtures = loadRealFixtures();

describe('real-systems captures', () => {
  it('cover every entry of the shelf and each value of its own parameter', () => {
    expect(fixtures.map((f) => f.name)).toEqual([
      'kafka-fetch.fetch=262144',
      'kafka-fetch',
      'netty-send.mode=direct',
      'netty-send.mode=fileregion',
      'netty-send.mode=heap',
      'nginx-static.buf=65536',
      'nginx-static.directio=on',
      'nginx-static.nopush=on',
      'nginx-static.sendfile=off',
      'nginx-static.sendfile=on',
      'rocketmq-commitlog',
      'rocketmq-commitlog.side=producer',
    ]);
  });
});

describe.each(fixtures)('$name', (fixture) => {
  it('the program makes the data-path calls the real system made', () => {
    const parsed = parseParams(fixture.scenario, fixture.params);
    if (!parsed.ok) throw new Error(parsed.error);
    const trace = simulate(fixture.scenario as ScenarioId, parsed.params);
    expect(normaliseModel(getStraceLines(trace))).toEqual(fixture.window);
  });
});

describe('the window normaliser', () => {
  it("joins unfinished calls, maps the descriptors, keeps a writev's iovecs and only TCP_CORK's setsockopt", () => {
    const log = [
      '7 accept4(4, {sa_family=AF_INET}, [112 => 16], SOCK_NONBLOCK) = 9',
      '7 epoll_wait(5, [], 512, 60000) = 1',
      '7 read(8,  <unfinished ...>',
      '8 futex(0x1, FUTEX_WAIT, 0) = 0',
      '7 <... read resumed>"a, b"..., 4096) = 4096',
      '7 writev(9, [{iov_base="H", iov_len=239}, {iov_base="x", iov_len=4096}], 2) = 4335',
      '7 setsockopt(9, SOL_TCP, TCP_CORK, [1], 4) = 0',
      '7 setsockopt(9, SOL_TCP, TCP_NODELAY, [1], 4) = 0',
      '7 sendfile(9, 8, [0] <unfinished ...>',
      '7 <... sendfile resumed> => [10], 10) = 10',
    ].join('\n');
    expect(normaliseWindow(parseLog(log), '8', '9')).toEqual([
      'accept4() = 4',
      'read(3, 4096) = 4096',
      'writev(4, [239, 4096]) = 4335',
      'setsockopt(4, TCP_CORK, [1]) = 0',
      'sendfile(4, 3, 10) = 10',
    ]);
  });
});
