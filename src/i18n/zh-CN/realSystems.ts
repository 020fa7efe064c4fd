/** zh-CN messages of issue 18 — the "Real systems" shelf. Keys and placeholders match en/realSystems.ts. */
import { sockets } from './sockets';

export const realSystems: Readonly<Record<string, string>> = {
  // Issue 14 的多个套接字与真实系统的文字一起加载（kafka-fetch 的 consumers）。
  ...sockets,
  'ui.gallery.shelf.realSystems': '真实系统',

  'scenario.kafka-fetch.title': 'Kafka：消费者拉取',
  'scenario.kafka-fetch.question': 'Kafka 为什么快？',
  'scenario.kafka-fetch.teaches':
    'FileRecords.writeTo → FileChannel.transferTo → sendfile()：broker 把日志段在页缓存中的页直接交给消费者的套接字，字节从不进入 JVM。cache=cold 表示落后的消费者；fetch 是消费者的拉取大小（max.partition.fetch.bytes）：每个拉取响应是一次 transferTo，即一次 fstat 和一次 sendfile。',
  'scenario.netty-send.title': 'Netty：FileRegion 与 ByteBuf',
  'scenario.netty-send.question': '为什么堆 ByteBuf 比 C 的 read() + write() 多出拷贝？',
  'scenario.netty-send.teaches':
    'DefaultFileRegion.transferTo 就是 sendfile；直接 ByteBuf 是 read() + write()；堆 ByteBuf 还要经过 JDK 的临时直接缓冲区（IOUtil）再拷贝，计为用户态的 CPU 拷贝。',
  'scenario.rocketmq-commitlog.title': 'RocketMQ：mmap 的 CommitLog',
  'scenario.rocketmq-commitlog.question': 'RocketMQ 映射 CommitLog 省下了什么？',
  'scenario.rocketmq-commitlog.teaches':
    'MappedFile 映射 CommitLog（FileChannel.map → mmap MAP_SHARED）；消费者直接从映射用 write() 发送：先缺页，再一次 CPU 拷贝进套接字。side=producer：每条消息从生产者的套接字读入，存进可写映射（每页一次写缺页将其标脏），再由 msync 刷盘。',
  'scenario.nginx-static.title': 'nginx：sendfile on / off',
  'scenario.nginx-static.question': 'nginx 的 “sendfile on” 改变了什么？',
  'scenario.nginx-static.teaches':
    'accept4、读请求、用 writev 发响应头，然后发正文：sendfile（on），或 pread 进 output_buffers 再 writev（off）——ngx_linux_sendfile_chain 对比 ngx_output_chain。',

  'textbook.kafka-fetch':
    '为什么快：1 MiB、缓存为热——FileChannel.transferTo 只有 2 次系统调用（fstat、sendfile）、0 次 CPU 拷贝（网卡支持 SG）；用 64 KiB 的 read() + write() 传同样的 1 MiB 需要 33 次调用和 32 次 CPU 拷贝（2 MiB 经过 CPU）。拉取相同偏移的每个消费者都由同一批页缓存页服务；落后的消费者（cache=cold）只多出磁盘读。',
  'textbook.netty-send':
    '为什么快：1 MiB、64 KiB 缓冲区、缓存为热——FileRegion：2 次调用（fstat、sendfile）、0 次 CPU 拷贝；直接 ByteBuf：33 次调用、32 次 CPU 拷贝（与 C 的 read + write 相同）；堆 ByteBuf：同样 33 次调用，却有 64 次 CPU 拷贝——每次读和写还要在堆数组与 JDK 的临时直接缓冲区之间在用户态拷贝一次，strace 完全看不到。',
  'textbook.rocketmq-commitlog':
    '为什么快：1 MiB、缓存为热——fstat、mmap 和一次 write()——3 次系统调用、16 次缺页（fault-around 每次映射 16 页）和 1 次 1 MiB 的 CPU 拷贝；用 64 KiB 的 read() + write() 需要 33 次调用和 32 次 CPU 拷贝（2 MiB）。拷进套接字的那次仍在：映射省掉的是拷进 JVM 的那次。',
  'textbook.nginx-static':
    '为什么快：1 MiB、output_buffers 32 KiB、缓存为热——sendfile on：6 次系统调用（accept4、recvfrom、openat、fstat、响应头、1 次 sendfile），只有 239 字节响应头的一次 CPU 拷贝；sendfile off：68 次调用、64 次 CPU 拷贝（2 MiB 经过 CPU：pread 进缓冲区，再 writev 出去；响应头随第一个 32 KiB 一起发出）。',

  'ui.param.mode': 'Netty 缓冲区（mode）',
  'ui.param.sendfile': 'nginx sendfile',

  'step.pread64.enter':
    '进程 {pid} 调用 pread64()，在指定偏移处最多读取文件的 {countBytes}（文件位置不变）：CPU 通过 {entry} 从 ring 3 进入 ring 0，一次模式切换。',
  'step.pread64.exit': 'pread64() 返回 {ret}（拷贝进缓冲区的字节数），CPU 通过 {entry} 回到 ring 3。',
  'step.copy.user_to_user':
    'CPU 在用户态把 {bytesText}（{filePages}）从进程内存的一处拷贝到另一处（memcpy）——这是 JDK 在堆 ByteBuffer 与其临时直接缓冲区之间的拷贝。没有系统调用，也没有模式切换，却是一次完整的 CPU 拷贝，strace 永远看不到。',
};
