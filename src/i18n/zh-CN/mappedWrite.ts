/** zh-CN messages of issue 18's leftovers (RocketMQ's producer side, writev). Keys match en/mappedWrite.ts. */
export const mappedWrite: Readonly<Record<string, string>> = {
  'textbook.rocketmq-commitlog.producer':
    '为什么快：以 64 KiB 的 read 接收 1 MiB（preset loopback）——newfstatat、ftruncate、mmap、16 次 read() 和一次 msync：20 次系统调用、32 次 CPU 拷贝（每次 read 从套接字拷出，每次存储拷进映射）、256 次缺页（每页一次写缺页，由 page_mkwrite 标脏）和一次 1 MiB 的回写。recv + write + fsync 搬运同样的字节需要 33 次调用、同样 32 次拷贝、没有缺页：映射省掉的是 write() 调用而不是拷贝，而且 RocketMQ 一次 force 刷多条消息。',
  'ui.param.directio': 'nginx directio',
  'step.pread64_direct.enter':
    '进程 {pid} 调用 pread64()，在指定偏移处读取文件的 {countBytes}；文件是 O_DIRECT（nginx 的 directio），因此绕过页缓存：CPU 通过 {entry} 从 ring 3 进入 ring 0。缓冲区、偏移和长度都必须对齐。',
  'step.pread64_direct.exit':
    'pread64() 返回 {ret}，CPU 通过 {entry} 回到 ring 3：磁盘通过 DMA 把字节直接写进输出缓冲区——没有 CPU 拷贝，也没有页缓存页，但 worker 要等磁盘。',
  'textbook.nginx-static.directio':
    '为什么用它：1 MiB、output_buffers 32 KiB、directio on——70 次系统调用（两次 fcntl 把文件切换为 O_DIRECT，这也会为它关闭 sendfile），32 次磁盘读通过 DMA 直接写进输出缓冲区，32 次 CPU 拷贝（writev，1 MiB）：拷贝是 sendfile off 的一半，但每次读都要等磁盘（64 次上下文切换），即使文件已在缓存中。nginx 把它用于只会把其他页挤出缓存的大文件。',
  'ui.param.side': 'RocketMQ 角色',
  'ui.param.nopush': 'nginx tcp_nopush',
  'ui.param.fetch': 'Kafka 拉取大小（fetch）',
  'textbook.nginx-static.nopush':
    '为什么用它：1 MiB、sendfile on、tcp_nopush on、缓存为热——8 次系统调用（在响应头和 sendfile 前后各一次 setsockopt(TCP_CORK)），CPU 拷贝仍只有一次（239 字节的响应头），skb 也仍是 17 个，但响应头不再单独作为一个 239 字节的包发出：它和文件的前 65,297 字节同在第一个 skb 里，以满长度的报文段发出，只有最后 239 字节要等 cork 被清除。响应头和正文合起来装得进一个报文段时，发出的是一个包而不是两个。',
  'step.setsockopt_cork.enter':
    '进程 {pid} 在套接字上调用 setsockopt(TCP_CORK, 1)（nginx 的 tcp_nopush：发送响应头之前的 ngx_tcp_nopush）：CPU 通过 {entry} 从 ring 3 进入 ring 0。__tcp_sock_set_cork 设置 TCP_NAGLE_CORK：此后 TCP 只发送满长度的报文段，不满的报文段留在发送队列中等待更多数据。',
  'step.setsockopt_cork.exit':
    'setsockopt() 通过 {entry} 向 ring 3 返回 {ret}。什么也没有发送：套接字已被塞住（corked），接下来写入的响应头会等待，文件的头几个字节会和它进入同一个 skb。',
  'step.setsockopt_uncork.enter':
    '进程 {pid} 调用 setsockopt(TCP_CORK, 0)（nginx 的 ngx_tcp_push，响应写完后由 ngx_http_set_keepalive 调用）：CPU 通过 {entry} 从 ring 3 进入 ring 0。__tcp_sock_set_cork 清除 cork 并调用 tcp_push_pending_frames：一直被扣住的最后一个不满的报文段现在可以交给网卡。',
  'step.setsockopt_uncork.exit':
    'setsockopt() 通过 {entry} 向 ring 3 返回 {ret}。套接字不再被塞住，被扣住的字节已经交出（如果网卡上已有这个套接字的两个 skb，TCP Small Queues 让它们在下一次发送完成时跟上）。',
  'narration.corkHeader':
    '这个 skb 的头几个字节并非来自页缓存：它们是套接字被塞住时 writev 拷进来的响应头，文件页紧随其后、在同一个 skb 中——因此响应头随满长度的报文段发出，而不是单独成为一个小包。',
  'narration.appended':
    '它们加入发送队列末尾尚未发送的 skb，而不是另起一个新的（自动 cork 或 TCP_CORK 扣住队尾时，tcp_sendmsg_locked 会把它填到目标大小），因此会和其中已有的字节在同样的包里发出。',
  'narration.corkSplit':
    'TCP_CORK 把这个 skb 作为队尾扣住；它的完整报文段现在发出（tcp_mss_split_point 和 tso_fragment 把它切开），只有最后一个不足一个 MSS 的报文段留在队列中，等更多数据把它填满或 cork 被清除。',

  'strace.notice.storesUnseen':
    '第 {line} 行：文件以共享可写方式映射；填充映射的存储是 strace 看不到的内存写入，因此重放只映射并 msync，没有这些存储。',
  'step.mmap_shared_write.enter':
    '进程 {pid} 调用 mmap()，把它写入的文件（fd {fd}）的 {countBytes} 以共享、可写方式映射（PROT_READ|PROT_WRITE、MAP_SHARED）：CPU 通过 {entry} 从 ring 3 进入 ring 0。向这种映射存储会直接改变文件本身。',
  'step.mmap_shared_write.exit':
    'mmap() 通过 {entry} 向 ring 3 返回 {addr}：新映射的起始地址。此时还没有任何页被映射：每一页的第一次存储都会缺页。',
  'stepError.mmap_shared_write.exit':
    'mmap() 以 {errname} 失败，并通过 {entry} 回到 ring 3：共享可写映射需要以 O_RDWR 打开的描述符（且映射要放得进地址空间）。什么也没有映射。',
  'step.fault.user_shared_write':
    '用户态的一次存储到达 {addr}——共享可写文件映射中还没有页表项的一页：来自 ring 3 的缺页（错误码 {err}：用户写、页不存在），一次进入内核的模式切换（do_shared_fault）。',
  'step.mm.page_mkwrite':
    '缺页处理程序在页缓存中找到该文件页——或者新加一个清零的页，因为文件只是被扩展、还没有数据，所以不读磁盘——page_mkwrite 在页表项可写之前先把它标记为脏：{addr} 处的页（页帧 {pfn}）现在可写且为脏。写缺页只映射一页，没有 fault-around。',
  'step.copy.user_to_mapping':
    'CPU 在用户态把 {bytesText}（所写文件的 {filePages}）从缓冲区拷贝进共享映射（memcpy）：这些存储直接落在页缓存里，页是脏的。没有系统调用，却是一次完整的 CPU 拷贝；回写会把这些页送到磁盘。',
  'narration.continuedCopy.copy.user_to_mapping':
    '这是同一次 memcpy 在缺页之后的延续，因此不再算作新的一次拷贝。',
  'step.user.store_shared':
    '进程 {pid} 在用户态向 {addr} 存储，这是共享可写文件映射中的一页：该页在页缓存中且已是脏页，所以文件无需系统调用就被改变了。',
  'step.msync.enter':
    '进程 {pid} 对映射中 {addr} 处的 {countBytes} 调用 msync()：CPU 通过 {entry} 从 ring 3 进入 ring 0。MS_SYNC 会把这一范围的脏页写回并等待磁盘完成（vfs_fsync_range）；自 Linux 2.6.19 起 MS_ASYNC 什么也不做。',
  'step.msync.exit': 'msync() 通过 {entry} 向 ring 3 返回 {ret}：使用 MS_SYNC 时，映射的页现在已在磁盘上。',
  'stepError.msync.exit':
    'msync() 以 {errname} 失败，并通过 {entry} 回到 ring 3：地址必须按页对齐、范围必须已映射，且 MS_SYNC 与 MS_ASYNC 互斥。没有任何页被写回。',
  'step.writev.enter':
    '进程 {pid} 调用 writev()，用一次系统调用从多个缓冲区（iovec 数组）在套接字（fd 4）上发送 {countBytes}：CPU 通过 {entry} 从 ring 3 进入 ring 0，一次模式切换。',
  'step.writev.exit':
    'writev() 返回 {ret}，CPU 通过 {entry} 回到 ring 3。内核依次把每个 iovec 拷贝进套接字的 skb：一次调用、一次拷贝，与对同样字节的 write() 相同。',
};
