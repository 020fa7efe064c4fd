/**
 * zh-CN messages of issue 16 — the receive path and the write path (recv-write, file-copy). Keys and
 * placeholders must match en/io.ts (tests/i18n).
 */
export const io: Readonly<Record<string, string>> = {
  // 系统调用。
  'step.recvfrom.enter':
    '进程 {pid} 调用 recv()，从套接字（fd 4）最多读取 {countBytes}；glibc 把它变成 recvfrom 系统调用：经 {entry} 从 ring 3 进入 ring 0，这是一次模式切换。',
  'step.recvfrom.exit':
    'recv() 经 {entry} 返回 {ret} 到 ring 3：它复制的字节数，即已经到达的数据，最多一个缓冲区（对端发完并关闭时为 0）。',
  'stepError.recvfrom.exit':
    'recv() 失败，经 {entry} 返回 {ret}（{errname}）到 ring 3：传给它的缓冲区不是进程已映射的内存。',
  'step.read_sock.enter':
    '进程 {pid} 对套接字（fd 4）调用 read()，最多读取 {countBytes}：经 {entry} 从 ring 3 进入 ring 0。对套接字而言，read() 最终走到与 recv() 相同的 tcp_recvmsg。',
  'step.read_sock.exit':
    'read() 经 {entry} 返回 {ret} 到 ring 3：已经到达的字节，最多一个缓冲区（数据流结束时为 0）。',
  'stepError.read_sock.exit':
    'read() 失败，经 {entry} 返回 {ret}（{errname}）到 ring 3：传给它的缓冲区不是进程已映射的内存。',
  'step.write_file.enter':
    '进程 {pid} 调用 write()，把 {countBytes} 写入它要写的文件（fd {fd}）：经 {entry} 从 ring 3 进入 ring 0，这是一次模式切换。',
  'step.write_file.exit':
    'write() 经 {entry} 返回 {ret} 到 ring 3。除非文件以 O_SYNC 打开，这些字节只在页缓存里：write() 在任何数据到达磁盘之前就返回了。',
  'stepError.write_file.exit':
    'write() 失败，经 {entry} 返回 {ret}（{errname}）到 ring 3：传给它的缓冲区不是进程已映射的内存。',
  'step.write_file_mapped.enter':
    '进程 {pid} 调用 write()，把映射的源文件中的 {countBytes} 写入目标文件（fd {fd}）：经 {entry} 从 ring 3 进入 ring 0。',
  'step.write_file_mapped.exit':
    'write() 经 {entry} 返回 {ret} 到 ring 3：复制通过映射读取源文件，途中触发缺页把它映射进来。',
  'step.write_direct.enter':
    '进程 {pid} 对 O_DIRECT 文件（fd {fd}）调用 write()，写 {countBytes}：经 {entry} 从 ring 3 进入 ring 0。缓冲区地址、文件偏移和长度都必须是对齐值的倍数。',
  'step.write_direct.exit':
    'write() 经 {entry} 返回 {ret} 到 ring 3：使用 O_DIRECT 时，它要等磁盘拿到数据后才返回。',
  'stepError.write_direct.exit':
    'write() 失败，经 {entry} 返回 {ret}（{errname}）到 ring 3：缓冲区地址、文件偏移或长度不是 O_DIRECT 对齐值的倍数，所以什么都没有移动。',
  'step.fsync.enter':
    '进程 {pid} 对 fd {fd} 调用 fsync()：经 {entry} 从 ring 3 进入 ring 0。fsync() 要等文件的每个脏页都写到磁盘上才返回。',
  'step.fsync.exit':
    'fsync() 经 {entry} 返回 {ret} 到 ring 3：文件的数据现在在磁盘上了（模型省略了 inode、日志提交和磁盘缓存刷新）。',
  'step.fdatasync.enter':
    '进程 {pid} 对 fd {fd} 调用 fdatasync()：经 {entry} 从 ring 3 进入 ring 0。它像 fsync() 一样回写脏数据并等待，但可以跳过修改时间之类的元数据。',
  'step.fdatasync.exit': 'fdatasync() 经 {entry} 返回 {ret} 到 ring 3：文件的数据现在在磁盘上了。',
  'step.sync_file_range.enter':
    '进程 {pid} 对 fd {fd} 调用 sync_file_range()：经 {entry} 从 ring 3 进入 ring 0。它只处理文件中一段范围内的页：SYNC_FILE_RANGE_WRITE 启动其中脏页的回写但不等待，WAIT 标志等待正在进行的回写。它不写元数据，也不刷新磁盘缓存：sync_file_range(2) 说明它不保证持久。',
  'step.sync_file_range.exit':
    'sync_file_range() 经 {entry} 返回 {ret} 到 ring 3。它启动的页正在写往磁盘；除非它等待了（SYNC_FILE_RANGE_WAIT_AFTER），有些页可能仍在回写中。',
  'stepError.sync_file_range.exit':
    'sync_file_range() 失败，经 {entry} 返回 {ret}（{errname}）到 ring 3：标志中有未知的位，或范围为负。没有回写任何页。',
  'step.sendfile_file.enter':
    '进程 {pid} 调用 sendfile()，以文件作为 out_fd（fd {fd}，Linux 2.6.33 起允许），最多传送 {countBytes}：经 {entry} 从 ring 3 进入 ring 0。',
  'step.sendfile_file.exit':
    'sendfile() 经 {entry} 返回 {ret} 到 ring 3。这些字节从未进入用户空间，但仍被复制了一次：从源文件的页缓存复制到副本的页缓存。',
  'step.splice_file.enter':
    '进程 {pid} 调用 splice()，把 {countBytes} 从管道移到它要写的文件（fd {fd}）：经 {entry} 从 ring 3 进入 ring 0。',
  'step.splice_file.exit':
    'splice() 经 {entry} 返回 {ret} 到 ring 3。文件不能像套接字那样接收页引用：字节被复制进了文件自己的页。',

  // 接收路径。
  'step.dma.wire_to_rx':
    '对端的一帧正在到达（{bytesText}，{streamPages}）：网卡通过 DMA 把它写进驱动事先挂在 RX 环上的接收缓冲区。CPU 不参与。',
  'step.dma.wire_to_rx.done':
    '这一帧已在内存中：网卡写回了 RX 描述符（{bytesText}）。随后会有一次中断，除非 NAPI 已在轮询，或网卡还在为一次中断攒帧（中断合并）。',
  'step.irq.nic_rxdata.enter':
    '网卡发出接收中断。处理程序只调用 napi_schedule：它屏蔽网卡中断并触发 NET_RX 软中断；此后到达的帧等待轮询，不再引发中断。只有当 CPU 正在运行用户代码时，这才是一次模式切换。',
  'step.net.rx_deliver':
    '在 NET_RX 软中断里，NAPI 轮询 RX 环（每次轮询最多 64 帧），把这一帧交给协议栈：netif_receive_skb → ip_rcv → tcp_v4_rcv，skb（{bytesText}，{streamPages}）被放到套接字的接收队列上。此时还没有复制。',
  'step.irq.nic_rxdata.exit':
    'RX 环已空，NAPI 结束（napi_complete_done）并重新打开网卡中断；软中断结束，CPU 回到原来的工作。',
  'step.sched.block_rx':
    '套接字的接收队列是空的，tcp_recvmsg 让进程 {pid} 在 sk_wait_data 中睡眠，直到数据到达。睡眠会引起真正的进程上下文切换。',
  'step.sched.wake_rx':
    '接收队列上有数据了（{bytesText}），tcp_data_ready → sock_def_readable 唤醒在 recv() 中睡眠的进程 {pid}。',
  'step.copy.skb_to_user':
    'CPU 把 {bytesText}（{streamPages}）从接收队列上的 skb 复制到用户缓冲区（tcp_recvmsg → skb_copy_datagram_iter）。这是接收端的 CPU 复制；这些 skb 随后被释放。',

  // 写路径。
  'step.copy.user_to_pagecache':
    'CPU 把 {bytesText} 从用户缓冲区复制到页缓存，放进被写文件的{filePages}：generic_perform_write 找到或新建每一页，复制，并把它标记为脏。此时没有任何数据去往磁盘。',
  'step.copy.mapping_to_pagecache':
    'CPU 通过源文件的映射，把 {bytesText} 直接复制到副本的页缓存（{filePages}），这些页变脏。',
  'step.copy.pagecache_to_pagecache':
    'CPU 在内核里把 {bytesText} 从源文件的页缓存页复制到副本的页（{filePages}）：sendfile 的内部管道持有源页的引用，iter_file_splice_write 像 write() 一样把它们写进文件。新页是脏的。',
  'step.copy.pipe_to_pagecache':
    'CPU 把管道所引用的页中的 {bytesText} 复制到被写文件的页（{filePages}），这些页变脏：iter_file_splice_write 把它们作为一次写交给文件系统。',
  'step.dma.pagecache_to_disk':
    '回写：内核把{filePages}（{pageCount}）从“脏”改为“正在回写”，并向磁盘发出一个写请求；磁盘将通过 DMA 从页缓存帧读取 {bytesText}，不需要 CPU。',
  'step.dma.pagecache_to_disk.done':
    '磁盘已通过 DMA 从页缓存读取 {bytesText}（{filePages}），并提交完成项；随后是它的完成中断。',
  'step.dma.user_to_disk':
    'O_DIRECT 写：内核锁定用户缓冲区，向磁盘发出 {bytesText}（{filePages}）的请求；磁盘通过 DMA 直接从用户缓冲区读取。页缓存不参与。',
  'step.dma.user_to_disk.done':
    '磁盘已通过 DMA 直接从用户缓冲区读取 {bytesText}（{filePages}），并提交完成项；随后是它的完成中断。',
  'step.wb.end_writeback':
    '写请求已结束（BLOCK 软中断中的 ext4_end_bio）。这些块是新分配的，以未写入（unwritten）extent 的形式存在，所以先由一个 kworker 把它们记为已写入（ext4_end_io_rsv_work；模型把它并入这一步），然后 folio_end_writeback 清除{filePages}的“正在回写”标记。它们现在是干净的：磁盘上的字节与内存中相同。',
  'step.sched.block_writeback':
    '进程 {pid} 睡眠，直到文件页的回写完成（folio_wait_writeback）。正是这次等待让 fsync() 和 O_SYNC 变慢。',
  'step.sched.wake_writeback': '最后一个写请求已经完成，进程 {pid} 被唤醒。',
  'step.irq.timer.enter':
    '一次定时器中断：回写线程的延迟工作到期了（脏页过期时间已过），定时器软中断把它排到一个 kworker 线程上。',
  'step.sched.wake_flusher': 'kworker 线程 {pid}（回写线程）被唤醒，去回写文件中过期的脏页。',
  'step.wb.flusher':
    '回写线程运行：wb_workfn 发现文件变脏的时间已超过 dirty_expire，开始回写它的脏页。它不等待磁盘；每个请求完成时页才变干净。',
  'step.irq.timer.exit': 'kworker 已开始回写；CPU 回到被中断的任务。',

  // 场景。
  'scenario.recv-write.title': 'recv() + write() 写入文件',
  'scenario.recv-write.question': '收到的文件什么时候才真正在磁盘上？',
  'scenario.recv-write.teaches':
    '接收路径（网卡 DMA、中断、NAPI、套接字队列、recv 的复制）与写路径：write() 只把页缓存页弄脏；fsync()、O_SYNC 或 O_DIRECT 才把它们写到磁盘上。',
  'scenario.file-copy.title': '复制文件（cp）',
  'scenario.file-copy.question': '哪种复制文件的方式让经过 CPU 的字节最少？',
  'scenario.file-copy.teaches':
    '用 read()+write()、mmap、sendfile 和 splice 把一个文件复制到另一个文件：文件没有分散/聚集，所以即使是内核内的路径，也要复制一次到新文件的页中。',
  'textbook.recv-write':
    '教科书把它当作 read() + write() 的镜像：每块 4 次模式切换、2 次 CPU 复制和 2 次 DMA 传输。这里网卡按最多 mss 字节的帧交付数据，每帧一次 DMA，recv() 返回已到达的数据；而没有 fsync、O_SYNC 或 O_DIRECT 时，运行期间根本不会有磁盘 DMA：文件只是内存中的脏页。',
  'textbook.file-copy':
    '教科书里的 read() + write() 复制：每块 2 次 CPU 复制和 2 次 DMA。sendfile 和 splice 省掉的是复制到用户空间的那次，而不是复制到新文件页的那次：写文件就是复制。磁盘写只在回写时发生（这里是 fsync 或 O_SYNC）。',

  // 参数。
  'ui.param.sync': '同步到磁盘',
  'ui.param.method': '复制方式',
  'ui.param.mss': 'TCP 段大小（mss）',
  'ui.param.coalesce': '每次中断的接收帧数',
  'ui.param.expire': '脏页过期时间（毫秒）',

  'ui.paramError.directNeedsRw':
    'sync = direct 只在 file-copy 的 method = rw 下建模（不是 {method}）：O_DIRECT 从用户缓冲区写',

  // 机器视图。
  'machine.box.pagecacheOut': '页缓存：被写的文件',
  'machine.out.dirty': '脏页 {n}',
  'machine.out.writeback': '回写中 {n}',
  'machine.out.clean': '干净 {n}',
  'machine.pc.dirtyTag': '脏',
  'machine.pc.writebackTag': '回写中',
  'machine.out.source': '源文件：已缓存 {n}/{total} 页',
  'machine.nic.receiving': '← {pages}',
  'machine.nic.received': '已接收 {bytes}',
  'machine.ram.out': '写入的文件',
  'machine.ram.rxq': '接收 skb',
  'machine.box.rxQueue': '套接字接收队列',
  'machine.rx.caption': '队列中 {queued} · RX 环中 {ring}',
  'machine.state.blockedSocket': '睡眠：等待数据',
  'machine.state.blockedWriteback': '睡眠：等待回写',
  'machine.state.sleeping': '睡眠',
  'machine.end.dirty': '结束：{bytes} 仅在内存中',
  'machine.end.clean': '结束：全部已在磁盘上',
};
