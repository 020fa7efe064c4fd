/**
 * 议题 17 的 zh-CN 文案 —— io_uring 与 MSG_ZEROCOPY（io-uring、msg-zerocopy）：步骤旁白、场景说明、
 * 教科书对照、参数名称，以及机器视图中环形队列和错误队列的用语。键和占位符须与 en/uring.ts 一致（tests/i18n）。
 */
export const uring: Readonly<Record<string, string>> = {
  // io_uring：建立。
  'step.io_uring_setup.enter':
    '进程 {pid} 调用 io_uring_setup({entries}, …)：经 {entry} 从 ring 3 进入 ring 0。内核创建提交队列（SQ，由程序填写请求）和完成队列（CQ，由内核填写结果）（io_uring_setup(2)）。',
  'step.io_uring_setup.exit':
    'io_uring_setup() 经 {entry} 返回 ring 3，得到 fd {ret}：SQ 有 {entries} 项，CQ 是它的两倍。程序还看不到它们，要先用 mmap() 映射。',
  'stepError.io_uring_setup.exit':
    'io_uring_setup() 失败，经 {entry} 返回 {ret}（{errname}）：项数必须在 1 到 32768 之间。',
  'step.mmap_ring.enter':
    '进程 {pid} 对 io_uring 的 fd 调用 mmap()，长度 {bytesText}：经 {entry} 从 ring 3 进入 ring 0。偏移量决定映射哪一部分：IORING_OFF_SQ_RING（SQ 和 CQ 环，自 IORING_FEAT_SINGLE_MMAP 起共用一个映射）或 IORING_OFF_SQES（SQE 数组）。',
  'step.mmap_ring.exit':
    'mmap() 经 {entry} 返回 {addr}：环的页面现在同时映射在进程和内核中——双方读写同一块内存，不需要任何系统调用。',
  'stepError.mmap_ring.exit': 'mmap() 失败，经 {entry} 返回 {ret}（{errname}）：映射环需要一个长度。',
  'step.uring.map_ring':
    'io_uring_mmap 在 mmap 调用内就把环自己的页面一次性映射到 {addr}（{bytesText}，vm_insert_pages；liburing 的 MAP_POPULATE 已无页可预取）：与内核写入的是同一批物理页，之后使用既不复制也不缺页。',
  'step.uring.sq_thread_start':
    'IORING_SETUP_SQPOLL：内核启动线程 {pid}（iou-sqp）轮询 SQ——它醒着的时候，程序提交请求无需任何系统调用。',

  // io_uring：程序一侧（普通的读和写）。
  'step.uring.sqe_write':
    '程序用普通的写内存指令在映射的 SQE 数组中填写第 {index} 个 SQE——IORING_OP_{op}，{countBytes}，文件偏移 {offset} 起的数据（liburing 的 io_uring_get_sqe 和 io_uring_prep_*）：没有系统调用，也没有模式切换。',
  'step.uring.sq_tail':
    '程序用 store-release 把 SQ 尾指针前移 {n}，到 {tail}（liburing 的 __io_uring_flush_sq）：从此内核可以读取这些 SQE。',
  'step.uring.cq_read':
    '程序用一次普通的读内存读取 CQ 尾指针（io_uring_cq_ready）：有 {n} 个 CQE 可用。没有系统调用。',
  'step.uring.cq_advance':
    '程序处理完 {n} 个 CQE，把 CQ 头指针移到 {head}（io_uring_cq_advance，一次 store-release）：内核可以重用这些槽位。',

  // io_uring：内核一侧。
  'step.io_uring_enter.enter':
    '进程 {pid} 调用 io_uring_enter(fd, to_submit={toSubmit}, min_complete={minComplete})：经 {entry} 从 ring 3 进入 ring 0。一次系统调用把整批请求交给内核（io_submit_sqes），带 IORING_ENTER_GETEVENTS 时还等待完成。',
  'step.io_uring_enter.exit':
    'io_uring_enter() 经 {entry} 返回 {ret}：消费了这么多个 SQE，CQ 环中至少有 {minComplete} 个 CQE，程序读取它们无需系统调用。',
  'step.uring.issue':
    'io_submit_sqes 取出第 {index} 个 SQE，io_issue_sqe 立即在本任务中执行 IORING_OP_{op}（{countBytes}）：io_uring 改变的是进入内核的方式，而不是内核做的工作。',
  'step.uring.read_queued':
    '读取的页面不在页缓存中：io_read 不能阻塞，于是启动预读（page_cache_sync_ra）并返回 -EIOCBQUEUED。请求在页面上等待（io_async_buf_func），与它链接的发送一同等待，提交则继续处理下一个 SQE。',
  'step.copy.pagecache_to_user_uring':
    'CPU 复制：io_read 把 {bytesText}（{filePages}）从页缓存复制到用户缓冲区（filemap_read → copy_folio_to_iter），与 read() 完全相同。',
  'step.copy.user_to_skb_uring':
    'CPU 复制：IORING_OP_SEND 执行 tcp_sendmsg_locked，把 {bytesText} 从用户缓冲区复制进 skb，与 write() 完全相同。io_uring 省掉的是系统调用，而不是复制。',
  'step.ref.user_to_skb_uring_zc':
    'IORING_OP_SEND_ZC：skb_zerocopy_iter_stream 锁定（pin）用户缓冲区的页面，skb 直接引用它们（{bytesText}）：没有 CPU 复制。在通知 CQE 到来之前，缓冲区不可重用。',
  'step.uring.cqe':
    '第 {index} 个 SQE（IORING_OP_{op}，res {res}）的 CQE 写入 CQ 环，CQ 尾指针前移（__io_submit_flush_completions → io_fill_cqe_req）：程序用一次普通读内存就能看到它。',
  'step.uring.cqe_notif':
    '零复制发送的页面已被释放（持有它们的最后一个 skb 已被确认）：一个带 IORING_CQE_F_NOTIF 的通知 CQE 写入 CQ 环。现在缓冲区可以重用了。',
  'step.sched.block_cqring': '进程 {pid} 在 io_cqring_wait 中睡眠，直到再有 {n} 个 CQE：这期间 CPU 空闲。',
  'step.sched.wake_uring':
    '为进程 {pid} 排入 task_work（__io_req_task_work_add）并唤醒它：完成处理在它自己的上下文中收尾。',
  'step.uring.task_work':
    '任务执行它的 task_work（io_run_task_work）：页面已到达的读请求在这里完成——复制在本任务中进行——并发出每个读请求所链接的发送（io_queue_next）。',
  'step.irq.timer_sqpoll.enter':
    '定时器中断：在 CQ 尾指针上自旋的程序用完了时间片（sched_tick）。模型只有一个 CPU，所以现在轮到 SQ 线程运行。',
  'step.irq.timer_sqpoll.exit':
    'SQ 线程已提交并完成这一批请求；schedule() 把 CPU 还给程序，程序回到用户态，它的 CQE 已经在等它。',
  'step.uring.sq_thread':
    'SQ 线程 {pid}（io_sq_thread）发现 SQ 尾指针移动了：取出 {n} 个 SQE，在自己的上下文中用 io_submit_sqes 提交。程序没有做任何系统调用。',
  'step.uring.sq_poll':
    'SQ 线程 {pid} 暂时无事可做，继续轮询直到有完成到来（超过 sq_thread_idle 才会睡眠）：一个在 CPU 上忙碌的内核线程，计为内核时间。',

  // MSG_ZEROCOPY。
  'step.setsockopt.enter':
    '进程 {pid} 调用 setsockopt(4, SOL_SOCKET, SO_ZEROCOPY, 1)：经 {entry} 从 ring 3 进入 ring 0。不设置它，内核会忽略 MSG_ZEROCOPY。',
  'step.setsockopt.exit':
    'setsockopt() 经 {entry} 返回 {ret}：这个套接字现在可以直接从被锁定的用户页面发送。',
  'step.sendto_zc.enter':
    '进程 {pid} 调用 send(4, buf, {countBytes}, MSG_ZEROCOPY)——glibc 把它变成 sendto 系统调用：经 {entry} 从 ring 3 进入 ring 0。',
  'step.sendto_zc.exit':
    'send() 在网卡读取数据之前就经 {entry} 返回 {ret}：页面保持锁定，在读到它的通知之前缓冲区不得修改。',
  'stepError.sendto_zc.exit':
    'send() 失败，经 {entry} 返回 {ret}（{errname}）：传入的缓冲区不是进程已映射的内存。',
  'step.ref.user_to_skb_zc':
    '带 MSG_ZEROCOPY 的 tcp_sendmsg_locked：skb_zerocopy_iter_stream 锁定用户页面，并把对它们的引用放进 skb（{bytesText}）。没有 CPU 复制。',
  'step.dma.user_to_nic':
    '网卡通过 DMA 直接从被锁定的用户页面（skb 的 frags）收集 {bytesText}：数据只移动一次，从用户内存到线路上。',
  'step.dma.user_to_nic.done':
    '网卡已从用户页面读取并发送了 {bytesText}。在对端确认这些数据之前，页面保持锁定：skb 留在重传队列中。',
  'step.copy.zc_orphan_frags':
    '回环：skb 交给本机上的接收者，而接收者不能保留对另一个进程页面的引用，于是 skb_orphan_frags_rx → skb_copy_ubufs 把 {bytesText} 复制到内核页面——正是 MSG_ZEROCOPY 想避免的复制。通知会带上 SO_EE_CODE_ZEROCOPY_COPIED。',
  'step.zc.notify':
    '已确认的 skb 被释放，对该次发送页面的最后一个引用也随之消失：msg_zerocopy_complete → __msg_zerocopy_callback 在套接字的错误队列中排入通知——第 {lo} 到第 {hi} 次发送已完成（连续的通知会合并成一个区间）。',
  'step.poll.enter':
    '进程 {pid} 对 fd 4 调用 poll() 等待 POLLERR：经 {entry} 从 ring 3 进入 ring 0。错误队列中有通知时，套接字报告 POLLERR。',
  'step.poll.exit': 'poll() 经 {entry} 返回 {ret}：错误队列中有一个通知。',
  'step.sched.block_poll': '进程 {pid} 在 poll() 中睡眠：还没有通知，因为对端尚未确认数据。',
  'step.sched.wake_errqueue': '通知已排入队列：sk_error_report 把进程 {pid} 从 poll() 中唤醒。',
  'step.recvmsg_errqueue.enter':
    '进程 {pid} 调用 recvmsg(4, &msg, MSG_ERRQUEUE)：经 {entry} 从 ring 3 进入 ring 0。它读取的是错误队列而不是数据，并且从不等待。',
  'step.recvmsg_errqueue.exit':
    'recvmsg() 经 {entry} 返回 {ret}：通知（ee_origin 为 SO_EE_ORIGIN_ZEROCOPY）表明第 {lo} 到第 {hi} 次发送已完成——它们的页面可以重用。',
  'stepError.recvmsg_errqueue.exit':
    'recvmsg() 失败，经 {entry} 返回 {ret}（{errname}）：错误队列为空（MSG_ERRQUEUE 从不等待，应先 poll()）。',

  // strace 导入（议题 17）。
  'strace.notice.ioUring':
    '第 {line} 行：{name}() 操作 io_uring 的环，程序通过 strace 看不到的内存写入来填写它们；io_uring 调用保留为不透明调用（计数，不执行）。',
  'strace.notice.zeroCopy':
    '第 {line} 行：{name}() 使用了 MSG_ZEROCOPY；回放时按 write() 的复制发送，读取错误队列的调用保留为不透明调用。',

  // 场景。
  'scenario.io-uring.title': 'io_uring：分批读取 → 发送',
  'scenario.io-uring.question': 'io_uring 省下的是系统调用，还是复制？',
  'scenario.io-uring.teaches':
    '程序与内核共享的环、用普通写内存填写的请求、每批一次 io_uring_enter（SQPOLL 时一次也没有，代价是它的线程占用 CPU）、链接的读取 → 发送。SEND 仍然复制；SEND_ZC 锁定页面，稍后再通知。',
  'scenario.msg-zerocopy.title': '带 MSG_ZEROCOPY 的 send()',
  'scenario.msg-zerocopy.question': '不经复制发送出去的缓冲区，程序什么时候可以重用？',
  'scenario.msg-zerocopy.teaches':
    'SO_ZEROCOPY、网卡通过 DMA 读取的被锁定用户页面、用 recvmsg(MSG_ERRQUEUE) 读取并合并成区间的完成通知；在回环上内核仍会复制，并在通知中说明（SO_EE_CODE_ZEROCOPY_COPIED）。',
  'textbook.msg-zerocopy':
    '教科书说零次 CPU 复制：网卡直接读取用户页面。对真实网卡确实如此——但通知要花系统调用（poll、recvmsg），教科书没有算进去；而在回环上，内核最终还是复制了页面。',

  // 参数。
  'ui.param.batch': '每次提交的 SQE 数（batch）',
  'ui.param.sqpoll': 'SQ 轮询线程（sqpoll）',
  'ui.param.op': 'io_uring 发送操作码',
  'ui.param.nic': '网络设备',

  // 机器视图。
  'machine.state.blockedCompletion': '睡眠：等待 CQE',
  'machine.state.blockedErrqueue': '睡眠：等待通知',
  'machine.box.uring': 'io_uring',
  'machine.uring.queues': 'SQ {queued} · CQ {ready}',
  'machine.uring.positions': '头/尾：SQ {sh}/{st} · CQ {ch}/{ct}',
  'machine.ram.uring': '环',
  'machine.ram.uringSub': 'SQ · CQ · SQE（共享）',
  'machine.uring.sqes': '已填写、尚未发布的 SQE：{n}',
  'machine.uring.notifs': '零复制通知：{n}',
  'machine.uring.unmapped': '尚未映射',
  'machine.box.errqueue': '错误队列',
  'machine.zc.queue': '排队：{ranges}',
  'machine.zc.empty': '空',
  'machine.zc.read': '已通知 {n}/{sends} 次发送',
  'machine.zc.copied': '内核复制了（COPIED）',
};
