/**
 * zh-CN glossary, textbook comparisons and scenario descriptions: `glossary.<term>.title|body`,
 * `textbook.<scenario>`, `scenario.<id>.title|question|teaches`. Keys must match en (tests/i18n).
 */
export const glossary: Readonly<Record<string, string>> = {
  'glossary.mode-switch.title': '模式切换（用户态 ↔ 内核态）',
  'glossary.mode-switch.body':
    'CPU 特权级的一次变化：从 ring 3（用户态）进入 ring 0（内核态），或反过来。一次系统调用有两次模式切换，一次在用户态发生的缺页异常也是两次，中断只有在 CPU 正运行用户代码时才算两次。运行的仍是同一个进程，只是把它的寄存器保存到 pt_regs 中。许多教材把它叫作“上下文切换”，但它并不是进程上下文切换。',
  'glossary.context-switch.title': '进程上下文切换',
  'glossary.context-switch.body':
    '调度器停下一个任务、改运行另一个任务：切换内核栈和寄存器，若地址空间不同还要切换页表。它总是在内核态发生，通常是因为系统调用阻塞（读磁盘、O_DIRECT、waitpid）或被唤醒的任务抢占。一次普通的系统调用只有两次模式切换，没有进程上下文切换。',
  'glossary.cpu-copy.title': 'CPU 拷贝',
  'glossary.cpu-copy.body':
    '由 CPU 亲自把字节从一个缓冲区搬到另一个缓冲区（memcpy、copy_to_user、copy_from_user）。拷贝消耗 CPU 时间和内存带宽，还会污染高速缓存。模拟器把每次拷贝操作计为 1 次，并记录其字节数。',
  'glossary.dma.title': '直接内存访问（DMA）',
  'glossary.dma.body':
    '设备（磁盘、网卡）自己读写内存，CPU 不经手这些字节。CPU 只负责发起传输，期间可以做别的事；设备完成后用中断通知。',
  'glossary.page-fault.title': '缺页异常',
  'glossary.page-fault.body':
    '当页表项不存在或不允许这次访问时，MMU 触发的异常。错误码说明原因（第 0 位：保护违例还是页不存在；第 1 位：写；第 2 位：用户态）。在用户态发生时它是一次模式切换；在内核中（例如拷贝过程中）发生时则不是。需要等磁盘的缺页称为主缺页（major fault）。',
  'glossary.page-cache.title': '页缓存',
  'glossary.page-cache.body':
    '内核中保存最近使用过的文件页的内存。read()、sendfile()、splice() 和 mmap 都经过它；未命中时，内核通过 DMA 从磁盘读入这些页，调用者阻塞等待。页缓存由所有进程共享，文件关闭后仍然保留。',
  'glossary.readahead.title': '预读',
  'glossary.readahead.body':
    '页缓存未命中时，内核不只读缺失的那一页，而是用一次磁盘请求读入其后的一个窗口（ra 参数），赌程序会顺序读下去。之后的读就能命中页缓存。',
  'glossary.fault-around.title': '缺页预映射（fault-around）',
  'glossary.fault-around.body':
    '文件映射上发生读缺页时，内核顺便把相邻的、已在页缓存中的页也映射进来（fa 页的窗口，默认 16 页，按窗口对齐）。于是一次缺页最多映射 16 页。它从不发起磁盘 I/O，也不适用于写缺页和匿名内存。',
  'glossary.cow.title': '写时复制（CoW）',
  'glossary.cow.body':
    'fork() 之后，父子进程共享所有私有页，并且在双方都是只读的。对共享页的第一次写会触发缺页异常，内核为写者复制这一页。仍在使用某页帧的最后一个进程不用复制：内核只需把它的页表项重新设为可写（复用）。',
  'glossary.zero-copy.title': '零拷贝',
  'glossary.zero-copy.body':
    '发送数据时 CPU 不拷贝数据本身：内核传递页面引用（sendfile、splice），由网卡通过 DMA 聚集这些字节。它指的是发送端零次 CPU 拷贝；DMA 传输依然存在，接收方仍要拷贝一次到自己的缓冲区。',
  'glossary.scatter-gather.title': '分散/聚集 DMA（scatter-gather）',
  'glossary.scatter-gather.body':
    '网卡的一项能力（NETIF_F_SG）：一个数据包可以从多块内存中取数据，包头来自套接字缓冲区，数据直接来自页缓存的页。没有它（sg=off）时，内核必须先把数据拷贝到一块连续的缓冲区里。',
  'glossary.pt_regs.title': 'pt_regs 与内核栈',
  'glossary.pt_regs.body':
    '每个任务都有自己的内核栈。每次进入内核（系统调用、异常、中断）时，用户寄存器都以 struct pt_regs 的形式保存在这个栈的顶部，返回时再从中恢复。strace、ptrace 和信号递送读取和修改的都是这个栈帧。',
  'glossary.syscall-table.title': '系统调用号与分派',
  'glossary.syscall-table.body':
    '每个系统调用在每种架构上都有一个编号。程序把它放入 rax（i386 上是 eax）：getpid 在 x86-64 上是 39 号，在 i386 上是 20 号。入口代码检查调用号后，由 x64_sys_call()（i386 为 ia32_sys_call()）对它做 switch，跳到处理函数。自 Linux 6.9 起（并向后移植到 6.1 和 6.6），这个 switch 取代了经 sys_call_table[nr] 的间接调用，以防御分支历史注入；该表仍然保留，供跟踪使用。',
  'glossary.o-direct.title': 'O_DIRECT（直接 I/O）',
  'glossary.o-direct.body':
    'open() 的一个标志，让读写绕过页缓存：每次调用都由磁盘通过 DMA 直接与用户缓冲区交换数据。缓冲区地址、文件偏移和长度必须对齐（通常是 512 字节），否则调用以 EINVAL 失败。',
  'glossary.mmap.title': 'mmap（内存映射）',
  'glossary.mmap.body':
    '把文件映射到进程的地址空间。使用 MAP_SHARED 时，页表项直接指向页缓存的页帧，因此不需要拷贝到用户缓冲区。mmap 只建立映射区域，页是在第一次访问时由缺页异常按需映射的。munmap 清除这些页表项并刷新 TLB。',
  'glossary.splice.title': 'splice',
  'glossary.splice.body':
    '在文件描述符与管道之间移动数据，传递的是页面引用而不是字节。一个管道最多容纳 16 个缓冲区，每个引用一个页面（或其一部分）。在网卡支持 scatter-gather 时，文件 → 管道 → 套接字的发送不需要任何 CPU 拷贝。',
  'glossary.sendfile.title': 'sendfile',
  'glossary.sendfile.body':
    '用一次系统调用把文件数据发往套接字，数据不经过用户空间。内部使用 splice 机制（每个任务一个内部管道）。网卡支持 scatter-gather 时不需要 CPU 拷贝；不支持时，需要一次拷贝到套接字缓冲区。',
  'glossary.irq.title': '中断（IRQ）',
  'glossary.irq.body':
    '设备发出的信号，使 CPU 停下手头的事，在内核态运行中断处理程序，例如磁盘读完成或网卡发送完成时。只有当 CPU 正在运行用户代码时，它才算模式切换；处理程序通常唤醒等待的任务或释放缓冲区。',
  'glossary.tlb.title': '快表（TLB）',
  'glossary.tlb.body':
    '转换后备缓冲器：CPU 对最近用过的虚拟地址到物理地址转换的缓存。内核删除页表项或降低其权限（munmap、fork、写时复制）时，必须刷掉过时的表项；在其他 CPU 上这需要发送中断（TLB shootdown）。',

  'textbook.read-write':
    '教科书数出 4 次“上下文切换”，其实是模式切换（每次系统调用 2 次）。它的 2 次 DMA + 2 次 CPU 拷贝只对应一块数据；真实的循环每块都要重复一遍，磁盘 DMA 只在页缓存未命中时发生（且由预读合并），未命中会让进程阻塞（这才是真正的进程上下文切换），循环读到文件末尾还要多一次返回 0 的 read。',
  'textbook.mmap-write':
    '教科书中的 mmap + write：4 次模式切换，2 次 DMA + 1 次 CPU 拷贝。它省略了 munmap（第三个系统调用，外加一次 TLB 刷新）和 write() 内部的缺页：拷贝访问尚未映射的页，在内核态触发缺页异常（不是模式切换），缺页预映射每次最多映射 16 页。',
  'textbook.sendfile':
    '教科书的“2 次 DMA + 1 次 CPU 拷贝”对应的是不支持 scatter-gather 的网卡（sg=off）。现代网卡都支持 scatter-gather，此时 Linux 传递页面引用，完全没有 CPU 拷贝。大文件也需要不止一次调用。',
  'textbook.splice':
    '教科书说“经由管道，0 次 CPU 拷贝”。这没错，但需要 pipe2 以及每块数据两次 splice 调用（文件 → 管道、管道 → 套接字），一个管道最多容纳 16 页，而没有 scatter-gather 时，管道 → 套接字这一步仍要拷贝。',
  'textbook.direct-io':
    '教科书只说 O_DIRECT “绕过页缓存”。这里还能看到代价：即使文件已被缓存，每次读都要一次磁盘请求和一次阻塞引起的进程上下文切换；缓冲区、偏移或长度未对齐时以 EINVAL 失败。拷贝到套接字缓冲区的那次 CPU 拷贝依然存在。',
  'textbook.cow-fork':
    '教科书：fork 把页标记为只读，写时触发缺页，复制该页。它没有提到父进程的页表项同样变成只读（所以父进程也会缺页），fork 会刷新父进程的 TLB，以及某页帧的最后一个使用者无须复制即可收回它（复用）。',

  'scenario.syscall.title': '一次系统调用',
  'scenario.syscall.question': '程序调用 getpid() 时，究竟发生了什么？',
  'scenario.syscall.teaches':
    'ring 3 → ring 0 再返回，pt_regs 保存在任务的内核栈上，按系统调用号分派；x86-64 上用 syscall/sysret，i386 上用 int 0x80/iret。',
  'scenario.read-write.title': 'read() + write()',
  'scenario.read-write.question': '为什么传统的 read/write 循环要把每个字节拷贝两次？',
  'scenario.read-write.teaches':
    '传统路径：页缓存 → 用户缓冲区 → 套接字缓冲区，每块数据 2 次 CPU 拷贝、4 次模式切换；页缓存未命中时还有磁盘 DMA 和阻塞。',
  'scenario.mmap-write.title': 'mmap() + write()',
  'scenario.mmap-write.question': 'mmap 省掉了什么？隐藏的缺页异常发生在哪里？',
  'scenario.mmap-write.teaches':
    '与用户空间共享页缓存页帧：不再拷贝到用户缓冲区，但 write() 内部有一次内核态缺页异常，还有缺页预映射和 munmap 的 TLB 刷新。',
  'scenario.sendfile.title': 'sendfile()',
  'scenario.sendfile.question': '为什么在现代网卡上 sendfile 不需要 CPU 拷贝？',
  'scenario.sendfile.teaches':
    '完全没有用户态拷贝；支持 scatter-gather（sg=on）时页面引用直接交给网卡，CPU 一字节也不拷贝，不支持时需要一次拷贝到套接字缓冲区。',
  'scenario.splice.title': '经由管道的 splice()',
  'scenario.splice.question': '管道怎样做到移动数据而不拷贝？',
  'scenario.splice.teaches':
    '从页缓存移入管道、再移到套接字的是页面引用而不是字节：零次 CPU 拷贝，但系统调用更多。',
  'scenario.direct-io.title': 'O_DIRECT 读 + 写',
  'scenario.direct-io.question': '绕过页缓存得到了什么，又付出了什么？',
  'scenario.direct-io.teaches':
    '每次读都由磁盘 DMA 直接写入用户缓冲区，每次都要阻塞与唤醒；以及对齐规则：未对齐的读以 EINVAL 失败。',
  'scenario.cow-fork.title': 'fork() 与写时复制',
  'scenario.cow-fork.question': '为什么 fork() 很便宜？复制究竟何时发生？',
  'scenario.cow-fork.teaches':
    'fork 之后共享只读页帧；第一次写触发保护性缺页异常，页帧仍被共享时复制一页，最后一个使用者则直接复用、无须复制。',
  'scenario.kernel-access.title': '用户代码访问内核内存',
  'scenario.kernel-access.question': '是什么阻止了程序读取内核内存？',
  'scenario.kernel-access.teaches':
    '特权级保护：内核空间映射在每个进程中，但仅限内核访问；ring 3 的读取在 U/S 检查处触发缺页异常，内核发送 SIGSEGV，进程被终止。',
};
