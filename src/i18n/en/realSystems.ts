/**
 * en messages of issue 18 — the "Real systems" shelf (kafka-fetch, netty-send, rocketmq-commitlog,
 * nginx-static): titles, the "why it is fast" summaries with their counts, parameters, and the narration of
 * pread64 and the user-space memcpy. Keys and placeholders must match zh-CN/realSystems.ts (tests/i18n).
 */
import { mappedWrite } from './mappedWrite';
import { sockets } from './sockets';

export const realSystems: Readonly<Record<string, string>> = {
  // Issue 14's several sockets load with the real systems' words (kafka-fetch's consumers).
  ...sockets,
  // Issue 18's leftovers (RocketMQ's producer, writev, directio), kept in their own file, loaded with these.
  ...mappedWrite,
  'ui.gallery.shelf.realSystems': 'Real systems',

  'scenario.kafka-fetch.title': 'Kafka: a consumer fetch',
  'scenario.kafka-fetch.question': 'Why is Kafka fast?',
  'scenario.kafka-fetch.teaches':
    'FileRecords.writeTo → FileChannel.transferTo → sendfile(): the broker hands the log segment’s page-cache pages to the consumer’s socket; the bytes never enter the JVM. cache=cold is a lagging consumer; fetch is the consumer’s fetch size (max.partition.fetch.bytes): each fetch response is one transferTo, an fstat and a sendfile.',
  'scenario.netty-send.title': 'Netty: FileRegion vs ByteBuf',
  'scenario.netty-send.question': 'Why does a heap ByteBuf cost more copies than C’s read() + write()?',
  'scenario.netty-send.teaches':
    'DefaultFileRegion.transferTo is sendfile; a direct ByteBuf is read() + write(); a heap ByteBuf adds the JDK’s copies through a temporary direct buffer (IOUtil), counted as CPU copies in user space.',
  'scenario.rocketmq-commitlog.title': 'RocketMQ: the mmap’d commit log',
  'scenario.rocketmq-commitlog.question': 'What does RocketMQ save by mapping its commit log?',
  'scenario.rocketmq-commitlog.teaches':
    'MappedFile maps the commit log (FileChannel.map → mmap MAP_SHARED); a consumer is served with write() straight from the mapping: page faults, then one CPU copy into the socket. side=producer: each message is read from the producer’s socket, stored into a writable mapping (a write fault per page dirties it) and flushed by msync.',
  'scenario.nginx-static.title': 'nginx: sendfile on / off',
  'scenario.nginx-static.question': 'What does nginx’s “sendfile on” change?',
  'scenario.nginx-static.teaches':
    'accept4, the request, the header by writev, then the body: sendfile (on) or pread into output_buffers and writev (off) — ngx_linux_sendfile_chain against ngx_output_chain.',

  // "Why it is fast": the run's counts against read() + write(), shown under the counters.
  'textbook.kafka-fetch':
    'Why it is fast: 1 MiB, cache warm — FileChannel.transferTo makes 2 system calls (fstat, sendfile) and 0 CPU copies (SG NIC); read() + write() with 64 KiB moves the same MiB with 33 calls and 32 CPU copies (2 MiB through the CPU). Every consumer of the same offsets is served from the same page-cache pages; a lagging consumer (cache=cold) adds only the disk reads.',
  'textbook.netty-send':
    'Why it is fast: 1 MiB, 64 KiB buffers, cache warm — FileRegion: 2 calls (fstat, sendfile), 0 CPU copies; direct ByteBuf: 33 calls, 32 CPU copies (as C’s read + write); heap ByteBuf: the same 33 calls and 64 CPU copies — each read and each write also copies between the heap array and the JDK’s temporary direct buffer, in user space, where strace sees nothing.',
  'textbook.rocketmq-commitlog':
    'Why it is fast: 1 MiB, cache warm — fstat, mmap and one write() — 3 system calls, 16 page faults (fault-around maps 16 pages each) and 1 CPU copy of 1 MiB; read() + write() with 64 KiB makes 33 calls and 32 CPU copies (2 MiB). The copy into the socket stays: the mapping saves the copy into the JVM.',
  'textbook.nginx-static':
    'Why it is fast: 1 MiB, output_buffers 32 KiB, cache warm — sendfile on: 6 system calls (accept4, recvfrom, openat, fstat, the header, 1 sendfile) and one CPU copy, of the 239-byte header; sendfile off: 68 calls and 64 CPU copies (2 MiB through the CPU: pread into the buffer, writev out of it; the header goes out with the first 32 KiB).',

  'ui.param.mode': 'Netty buffer (mode)',
  'ui.param.sendfile': 'nginx sendfile',

  'step.pread64.enter':
    'Process {pid} calls pread64() for up to {countBytes} of the file at an explicit offset (the file position does not move): ring 3 → ring 0 via {entry}, a mode switch.',
  'step.pread64.exit':
    'pread64() returns {ret} (bytes copied into the buffer) and the CPU goes back to ring 3 via {entry}.',
  'step.copy.user_to_user':
    'In user mode, the CPU copies {bytesText} ({filePages}) from one place in the process’s memory to another (memcpy) — the JDK’s copy between a heap ByteBuffer and its temporary direct buffer. No system call and no mode switch, but a full CPU copy that strace never shows.',
};
