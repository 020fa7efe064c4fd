import type { Params } from '../params';
import { NGINX_HEADER } from '../realSystemIds';
import { constants } from './header';

/*
 * Issue 18's "Real systems" shelf: each program is a real system's data path in the scenario language. The
 * comments are the system's own voice (the Java or C function that makes the call); the step narration is
 * the kernel's. Setup the model declares (the listening socket, the segment's open) is a world declaration;
 * calls on the path the model does not run (accept4, the request's recvfrom) are opaque `syscall(…)`s, so
 * they count as the system calls they are.
 */

const SOCKET = 'world tcp 4 = { sndbuf: SNDBUF, autocork: AUTOCORK };';

/**
 * The segment to the socket `fd` in fetch responses of at most `fetch` bytes (max.partition.fetch.bytes):
 * each is one FileRecords.writeTo → FileChannel.transferTo, which asks the file's size (fstat) and then
 * calls sendfile once (the JDK's capture: tests/fidelity/realSystems/kafka-fetch.fetch=262144.json). A
 * segment that fits in one fetch keeps the one-fetch form.
 */
function kafkaFetches(p: Params, fd: number, comment: string): string[] {
  if (p.file <= p.fetch)
    return [
      '// FileRecords.writeTo(channel, position, F) → FileChannel.transferTo(position, count, socketChannel)',
      'syscall("newfstatat", 0);                  // transferTo asks the file\'s size first (FileChannel.size)',
      'for (left = F; left > 0; left -= n)',
      `  n = sendfile(${fd}, 3, NULL, left);         // ${comment}`,
    ];
  return [
    '// one fetch response per FETCH bytes (max.partition.fetch.bytes): FileRecords.writeTo → transferTo',
    'for (off = 0; off < F; off += n) {',
    '  syscall("newfstatat", 0);                // transferTo asks the file\'s size first (FileChannel.size)',
    `  n = sendfile(${fd}, 3, NULL, min(FETCH, F - off)); // ${comment}`,
    '}',
  ];
}

/** `kafka-fetch`: FileRecords.writeTo → FileChannel.transferTo → sendfile (KAFKA-… zero copy fetch). */
export function kafkaFetchProgram(p: Params): string {
  if (p.consumers > 1) return kafkaConsumersProgram(p);
  return [
    "// kafka-fetch: a broker answers a consumer's fetch straight from the log segment",
    ...constants('kafka-fetch', p),
    'world process "kafka-broker";',
    'world file 3 = { size: F, cache: CACHE }; // LogSegment: 00000000000000000000.log (warm: just produced)',
    "world tcp 4 = { sndbuf: SNDBUF };           // the consumer's connection (a KafkaChannel)",
    ...kafkaFetches(p, 4, "the JDK's transferTo: page references, no user copy"),
  ].join('\n');
}

/**
 * kafka-fetch with `consumers` > 1: each consumer's connection is a socket of its own (fds 4, 5, …), and
 * each fetch of the same segment is served by sendfile from the same page-cache pages — cold, only the
 * first reads the disk. The JDK passes transferTo's position to sendfile by pointer; the model's sendfile
 * takes NULL, so lseek puts the file position back instead (one system call more per later consumer).
 */
function kafkaConsumersProgram(p: Params): string {
  const fds = Array.from({ length: p.consumers }, (_, i) => 4 + i);
  return [
    `// kafka-fetch: a broker answers ${p.consumers} consumers' fetches of the same log segment`,
    ...constants('kafka-fetch', p),
    'world process "kafka-broker";',
    'world file 3 = { size: F, cache: CACHE }; // LogSegment: 00000000000000000000.log (warm: just produced)',
    ...fds.map(
      (fd, i) => `world tcp ${fd} = { sndbuf: SNDBUF };           // consumer ${i + 1}'s connection`,
    ),
    ...fds.flatMap((fd, i) => [
      p.file <= p.fetch
        ? `// consumer ${i + 1}: FileRecords.writeTo → FileChannel.transferTo(position, F, channel)`
        : `// consumer ${i + 1}: one fetch response per FETCH bytes, each FileRecords.writeTo → transferTo`,
      ...(i > 0
        ? [
            'lseek(3, 0, SEEK_SET);                     // the same position again (the JDK passes it by pointer)',
          ]
        : []),
      ...kafkaFetches(
        p,
        fd,
        i === 0 ? 'page references, no user copy' : 'the same page-cache pages again',
      ).slice(1),
    ]),
  ].join('\n');
}

/** netty-send's loop for each `mode`: DefaultFileRegion, a direct ByteBuf, or a heap ByteBuf. */
function nettyLoop(mode: Params['mode']): string[] {
  switch (mode) {
    case 'fileregion':
      return [
        '// ctx.write(new DefaultFileRegion(fileChannel, 0, F)) → DefaultFileRegion.transferTo',
        'syscall("newfstatat", 0);          // FileChannel.transferTo asks the file\'s size first',
        'for (left = F; left > 0; left -= n)',
        '  n = sendfile(4, 3, NULL, left);   // FileChannel.transferTo → sendfile(2)',
      ];
    case 'direct':
      return [
        '// ByteBuf b = alloc.directBuffer(B): the bytes live outside the Java heap',
        'while ((n = read(3, buf, B)) > 0)  // b.writeBytes(fileChannel, B) → FileChannel.read → read(2)',
        '  write(4, buf, n);                 // ctx.writeAndFlush(b) → SocketChannel.write → write(2)',
      ];
    case 'heap':
      return [
        '// alloc.heapBuffer(B): a byte[] on the Java heap (buf + B); buf is the',
        "// JDK's temporary direct buffer (Util.getTemporaryDirectBuffer)",
        '// FileChannel.read(heap) → IOUtil.read: read(2) into the temporary buffer',
        'while ((n = read(3, buf, B)) > 0) {',
        '  memcpy(buf + B, buf, n);          // IOUtil.read: → the heap array',
        '  memcpy(buf, buf + B, n);          // IOUtil.write: heap → temporary buffer',
        '  write(4, buf, n);                 // SocketChannel.write → write(2)',
        '}',
      ];
  }
}

/** `netty-send`: a file to a channel by DefaultFileRegion, a direct ByteBuf or a heap ByteBuf (`mode`). */
export function nettySendProgram(p: Params): string {
  const buffer =
    p.mode === 'heap'
      ? ['world buffer buf = { size: 2 * B };   // the temporary direct buffer, then the heap array']
      : p.mode === 'direct'
        ? ["world buffer buf = { size: B };       // the direct ByteBuf's memory"]
        : [];
  return [
    `// netty-send: mode=${p.mode}`,
    ...constants('netty-send', p),
    'world process "netty-worker";',
    "world file 3 = { size: F, cache: CACHE }; // a RandomAccessFile's FileChannel",
    `${SOCKET} // the NioSocketChannel`,
    ...buffer,
    ...nettyLoop(p.mode),
  ].join('\n');
}

/**
 * `rocketmq-commitlog side=producer`: a producer's messages read from its connection (one CPU copy) and
 * stored into the commit log's writable mapping (a user-space copy; each page's first store faults and
 * dirties it), then flushed by msync — the JDK calls RocketMQ's MappedFile sits on.
 */
function rocketmqProducerProgram(p: Params): string {
  return [
    "// rocketmq-commitlog: a producer's messages are stored into the memory-mapped commit log",
    ...constants('rocketmq-commitlog', p),
    'world process "rocketmq-broker";',
    "world tcp 4 = { peer: F, mss: MSS };        // the producer's connection: SendMessage requests",
    'world file 3 = { flags: O_RDWR | O_CREAT }; // a CommitLog MappedFile (1 GiB in production)',
    "world buffer buf = { size: B };             // Netty's direct ByteBuf for the request",
    '// new MappedFile(…) → FileChannel.map(READ_WRITE, 0, F): extend the file, then map it shared',
    'syscall("newfstatat", 0);                   // map() checks the file\'s size first',
    'syscall("ftruncate", 0);                    // … and extends it to F (no data written)',
    'p = mmap(NULL, F, PROT_READ | PROT_WRITE, MAP_SHARED, 3, 0);',
    'if (p == MAP_FAILED) { perror("mmap"); exit(1); }',
    'for (off = 0; off < F; off += n) {',
    '  n = read(4, buf, min(B, F - off));  // NioSocketChannel.doReadBytes → read(2)',
    '  memcpy(p + off, buf, n);            // MappedFile.appendMessage → MappedByteBuffer.put',
    '}',
    'msync(p, F, MS_SYNC);                 // MappedFile.flush → MappedByteBuffer.force()',
  ].join('\n');
}

/** `rocketmq-commitlog`: consumers served from the mmap'd commit log with write() (one CPU copy). */
export function rocketmqCommitlogProgram(p: Params): string {
  if (p.side === 'producer') return rocketmqProducerProgram(p);
  return [
    '// rocketmq-commitlog: a consumer is served from the memory-mapped commit log',
    ...constants('rocketmq-commitlog', p),
    'world process "rocketmq-broker";',
    'world file 3 = { size: F, cache: CACHE }; // a CommitLog MappedFile (1 GiB in production)',
    "world tcp 4 = { sndbuf: SNDBUF };           // the consumer's connection",
    '// new MappedFile(…) → FileChannel.map(READ_WRITE, 0, F) → mmap(MAP_SHARED)',
    'syscall("newfstatat", 0);                 // map() checks the file\'s size first',
    'p = mmap(NULL, F, PROT_READ, MAP_SHARED, 3, 0);',
    'if (p == MAP_FAILED) { perror("mmap"); exit(1); }',
    '// MappedFile.selectMappedBuffer(off) → ManyMessageTransfer.transferTo → SocketChannel.write(slice)',
    'for (off = 0; off < F; off += n)',
    '  n = write(4, p + off, F - off);   // write(2) copies from the mapping: faults, then one CPU copy',
  ].join('\n');
}

/**
 * nginx's body with `sendfile on` and `tcp_nopush on`: ngx_linux_sendfile_chain sets TCP_CORK before the
 * header (ngx_tcp_nopush), so the header's bytes wait and the file's pages join them in one skb; after the
 * response ngx_http_set_keepalive clears it (ngx_tcp_push), which sends the last partial segment.
 */
function nginxNopushBody(): string[] {
  return [
    'one = 1;',
    'zero = 0;',
    'setsockopt(4, SOL_TCP, TCP_CORK, &one, 4);  // ngx_linux_sendfile_chain → ngx_tcp_nopush: cork',
    "iov[0] = buf; iov[1] = HDR;               // the header's ngx_buf_t as one struct iovec",
    'writev(4, iov, 1);                        // ngx_writev: the header waits in the send queue',
    '// ngx_linux_sendfile: the file pages join the header in the same skb, full segments go out',
    'for (off = 0; off < F; off += n)',
    '  n = sendfile(4, 3, NULL, F - off);',
    'setsockopt(4, SOL_TCP, TCP_CORK, &zero, 4); // ngx_http_set_keepalive → ngx_tcp_push: the tail leaves',
  ];
}

/** nginx's body for `sendfile on` and `off` (what a capture of nginx 1.22 serving a file to curl shows). */
function nginxBody(sendfile: Params['sendfile'], nopush: Params['nopush']): string[] {
  if (sendfile === 'on' && nopush === 'on') return nginxNopushBody();
  return sendfile === 'on'
    ? [
        "iov[0] = buf; iov[1] = HDR;               // the header's ngx_buf_t as one struct iovec",
        'writev(4, iov, 1);                        // ngx_http_send_header → ngx_writev',
        '// ngx_linux_sendfile_chain → ngx_linux_sendfile: the body as file pages',
        'for (off = 0; off < F; off += n)',
        '  n = sendfile(4, 3, NULL, F - off);',
      ]
    : [
        ...(nopush === 'on'
          ? ['// tcp_nopush on changes nothing here: nginx sets TCP_CORK only in ngx_linux_sendfile_chain']
          : []),
        '// ngx_output_chain: ngx_read_file fills output_buffers; the header waits to go out with the first one',
        'n = pread64(3, buf + HDR, min(B, F), 0);  // ngx_read_file → pread(2)',
        'iov[0] = buf; iov[1] = HDR; iov[2] = buf + HDR; iov[3] = n;',
        'writev(4, iov, 2);                        // ngx_linux_send_chain → ngx_writev: header + body',
        'for (off = n; off < F; off += n) {',
        '  n = pread64(3, buf + HDR, min(B, F - off), off);',
        '  iov[0] = buf + HDR; iov[1] = n;',
        '  writev(4, iov, 1);                      // one iovec: the output buffer',
        '}',
      ];
}

/**
 * nginx's body with `directio` (the file at least the directio size): ngx_directio_on switches the file to
 * O_DIRECT, which turns sendfile off for the request; each pread64 is the disk's DMA into the aligned output
 * buffer (directio_alignment), the header sits after it, and the first writev sends both.
 */
function nginxDirectBody(): string[] {
  return [
    'n = pread64(3, buf, B, 0);                  // ngx_read_file: O_DIRECT, disk DMA into the buffer',
    'iov[0] = buf + B; iov[1] = HDR; iov[2] = buf; iov[3] = n;',
    'writev(4, iov, 2);                          // ngx_linux_send_chain → ngx_writev: header + body',
    'for (off = n; off < F; off += n) {',
    '  n = pread64(3, buf, B, off);              // aligned counts: the last read returns what is left',
    '  iov[0] = buf; iov[1] = n;',
    '  writev(4, iov, 1);',
    '}',
  ];
}

/** `nginx-static`: one GET of a static file; the body by sendfile (`sendfile on`) or pread + writev (off). */
export function nginxStaticProgram(p: Params): string {
  if (p.directio === 'on') return nginxDirectProgram(p);
  return [
    `// nginx-static: sendfile ${p.sendfile}${p.nopush === 'on' ? ', tcp_nopush on' : ''}`,
    ...constants('nginx-static', p),
    `const HDR = ${NGINX_HEADER};`,
    'world process "nginx: worker";',
    'world file 3 = { size: F, cache: CACHE }; // /var/www/html/f.bin (ngx_open_cached_file)',
    `${SOCKET} // the client's connection`,
    "world buffer buf = { size: HDR + B };     // the header's buffer, then output_buffers 1 B",
    'syscall("accept4", 4);                    // ngx_event_accept: the connection (fd 4 in the model)',
    'syscall("recvfrom", 84);                  // ngx_http_wait_request_handler: "GET /f.bin HTTP/1.1…"',
    'syscall("openat", 3);                     // ngx_open_cached_file',
    'syscall("newfstatat", 0);                 // its size for Content-Length',
    'int iov[4];                               // struct iovec iov[2]: iov_base, iov_len pairs',
    ...nginxBody(p.sendfile, p.nopush),
  ].join('\n');
}

/** `nginx-static directio=on`: the same request, the file read with O_DIRECT (nginx's `directio`). */
function nginxDirectProgram(p: Params): string {
  return [
    `// nginx-static: directio on (sendfile ${p.sendfile}: off for this file)`,
    ...constants('nginx-static', p),
    `const HDR = ${NGINX_HEADER};`,
    'world process "nginx: worker";',
    'world file 3 = { size: F, cache: CACHE, flags: O_DIRECT }; // ngx_directio_on: fcntl(F_SETFL, O_DIRECT)',
    `${SOCKET} // the client's connection`,
    'world buffer buf = { size: B + HDR };     // output_buffers 1 B (aligned), then the header',
    'syscall("accept4", 4);                    // ngx_event_accept: the connection (fd 4 in the model)',
    'syscall("recvfrom", 84);                  // ngx_http_wait_request_handler: "GET /f.bin HTTP/1.1…"',
    'syscall("openat", 3);                     // ngx_open_cached_file',
    'syscall("newfstatat", 0);                 // its size for Content-Length, and directio\'s threshold',
    'syscall("fcntl", 0x8800);                 // ngx_directio_on: F_GETFL (O_NONBLOCK|O_LARGEFILE) …',
    'syscall("fcntl", 0);                      // … then F_SETFL with O_DIRECT',
    'int iov[4];',
    ...nginxDirectBody(),
  ].join('\n');
}
