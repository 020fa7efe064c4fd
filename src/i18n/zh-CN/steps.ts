/**
 * zh-CN narration, one message per simulation site: `step.<site id>` (src/sim/sites.ts). Placeholders are the
 * step's `params` (src/sim/step.ts narrationParams). Keys and placeholders must match en (tests/i18n).
 */
export const steps: Readonly<Record<string, string>> = {
  // Phrases inside narration (src/i18n/narrate.ts): one page reads "page 3", not "pages 3–3".
  'narration.filePage': '文件页 {first}',
  'narration.filePages': '文件页 {first}–{last}',
  'narration.headerOnly': '程序自己生成的字节，不来自文件',
  'narration.headerThen': '程序自己生成的字节，之后是{pages}',
  'narration.streamPage': '数据流的第 {first} 页',
  'narration.streamPages': '数据流的第 {first}–{last} 页',
  'narration.bufferPage': '缓冲区第 {first} 页',
  'narration.bufferPages': '缓冲区第 {first}–{last} 页',
  'narration.nicReadsUser': '网卡将通过 DMA 直接从进程自己的页读取这些字节。',
  'narration.onePage': '1 页',
  'narration.pages': '{pages} 页',
  'narration.oneByte': '1 字节',
  'narration.bytes': '{n} 字节',
  'narration.continuedCopy': '这是同一次调用的拷贝延续到下一个 skb，因此不再算作新的一次拷贝。',
  'narration.nicReads.on': '网卡将直接从页缓存读取这些数据。',
  'narration.nicReads.off':
    '这块网卡不能聚集（scatter-gather 关闭）：发送这个 skb 时，CPU 要把这些页拷贝到给它用的线性缓冲区。',
  // 系统调用：进入（ring 3 → ring 0）与返回（ring 0 → ring 3）。
  'step.read.enter':
    '进程 {pid} 调用 read()，最多从文件读取 {countBytes}：CPU 通过 {entry} 从 ring 3 进入 ring 0，这是一次模式切换（用户态 → 内核态），而不是进程上下文切换。',
  'step.read.exit':
    'read() 返回 {ret}（拷贝进用户缓冲区的字节数；0 表示已到文件末尾），CPU 通过 {entry} 回到 ring 3：这是本次系统调用的第二次模式切换。',
  'stepError.read.exit':
    'read() 失败，通过 {entry} 回到 ring 3 并返回 {ret}（{errname}）：传入的缓冲区不是进程已映射的内存，向用户空间的拷贝发生缺页错误，没有读到任何数据。',
  'step.read_direct.enter':
    '进程 {pid} 对以 O_DIRECT 打开的文件调用 read()，把 {countBytes}读入地址 {addr} 处的缓冲区：通过 {entry} 从 ring 3 进入 ring 0。O_DIRECT 要求缓冲区地址、文件偏移和长度都是块对齐大小的整数倍。',
  'step.read_direct.exit':
    'read() 通过 {entry} 返回 ring 3，返回值 {ret}：读到的字节数；0 表示文件末尾；-22（EINVAL）表示缓冲区、偏移或长度未对齐，此时没有任何数据移动。',
  // A failed call worded on its own (src/i18n/narrate.ts: narrationKey).
  'stepError.read_direct.exit':
    'read() 失败，通过 {entry} 回到 ring 3 并返回 {ret}（{errname}）：缓冲区地址、文件偏移或长度不是 O_DIRECT 对齐大小的整数倍，所以内核在启动任何 DMA 之前就拒绝了这次调用，没有任何数据移动。',
  'step.write.enter':
    '进程 {pid} 调用 write()，向套接字（fd 4）发送 {countBytes}：通过 {entry} 从 ring 3 进入 ring 0，一次模式切换。',
  'step.write.exit':
    'write() 返回 {ret}，CPU 通过 {entry} 回到 ring 3。数据此时已在套接字缓冲区中；write() 不会等数据真正发到网线上。',
  'stepError.write.exit':
    'write() 失败，通过 {entry} 回到 ring 3 并返回 {ret}（{errname}）：传入的缓冲区不是进程已映射的内存，从用户空间的拷贝发生缺页错误，没有发送任何数据。',
  'step.sendfile.enter':
    '进程 {pid} 调用 sendfile()，把文件中最多 {countBytes}直接发往套接字：通过 {entry} 从 ring 3 进入 ring 0。数据无须经过用户空间。',
  'step.sendfile.exit':
    'sendfile() 返回 {ret}（交给套接字的字节数；0 表示文件末尾），CPU 通过 {entry} 回到 ring 3。',
  'step.splice_in.enter':
    '进程 {pid} 调用 splice()，把文件中最多 {countBytes}移入管道：通过 {entry} 从 ring 3 进入 ring 0。',
  'step.splice_in.exit':
    'splice() 通过 {entry} 返回 ring 3，返回值 {ret}（管道现在引用的字节数；0 表示文件末尾）。',
  'step.splice_out.enter':
    '进程 {pid} 调用 splice()，把管道中的 {countBytes}移到套接字：通过 {entry} 从 ring 3 进入 ring 0。',
  'step.splice_out.exit':
    'splice() 通过 {entry} 返回 ring 3，返回值 {ret}（交给套接字的字节数）。管道又空了。',
  'step.pipe2.enter':
    '进程 {pid} 调用 pipe2() 创建一个管道：通过 {entry} 从 ring 3 进入 ring 0。这个管道传递的是页面引用，而不是字节。',
  'step.pipe2.exit':
    'pipe2() 通过 {entry} 返回 ring 3，返回值 {ret}（成功）：程序得到了读端和写端。一个管道最多容纳 16 个缓冲区，每个缓冲区引用一个页面（或其一部分）。',
  'step.mmap.enter':
    '进程 {pid} 调用 mmap()，以只读、共享方式映射文件的 {countBytes}：通过 {entry} 从 ring 3 进入 ring 0。',
  'step.mmap.exit':
    'mmap() 通过 {entry} 返回 ring 3，返回新映射的起始地址 {addr}（若用户地址空间放不下这个映射，则返回 -12，即 ENOMEM，程序随即退出）。此时还没有读取或拷贝任何数据。',
  'step.munmap.enter':
    '进程 {pid} 调用 munmap()，撤销地址 {addr} 处 {countBytes}的映射：通过 {entry} 从 ring 3 进入 ring 0。',
  'step.munmap.exit':
    'munmap() 通过 {entry} 返回 ring 3，返回值 {ret}（成功）。文件页仍留在页缓存中，供下一个读者使用。',
  'step.clone.enter':
    '进程 {pid} 调用 fork()（即 clone 系统调用）：通过 {entry} 从 ring 3 进入 ring 0。内核创建一个子进程，以写时复制方式与父进程共享内存。',
  'step.clone.exit':
    'fork() 通过 {entry} 向处于 ring 3 的父进程返回 {ret}，即子进程的 pid。子进程已经存在，但还没有运行过。',
  'step.wait4.enter':
    '进程 {pid} 调用 waitpid()（即 wait4 系统调用）等待子进程 {arg}：通过 {entry} 从 ring 3 进入 ring 0。',
  'step.wait4.exit': 'wait4() 返回 {ret}，即已退出的子进程的 pid，进程 {pid} 通过 {entry} 回到 ring 3。',
  'step.exit_group.enter':
    '进程 {pid} 调用 exit({arg})（即 exit_group 系统调用）：通过 {entry} 从 ring 3 进入 ring 0。这个调用永不返回。',
  'step.exit_group.exit': 'exit_group() 永远不会返回 ring 3：这个进程已经不存在了。',
  'step.getpid.enter':
    '程序把系统调用号 {arg}（getpid）放入 rax，执行 syscall 指令：CPU 从 ring 3 切换到 ring 0，跳到内核的入口。这是模式切换而不是进程上下文切换：运行的仍是进程 {pid}，只是处于内核态。',
  'step.getpid.exit':
    '{entry} 让 CPU 从 ring 0 回到 ring 3，程序从 syscall 指令之后继续执行，rax = {ret}。一次往返是两次模式切换（在测试虚拟机上实测约 120 ns）。',
  'step.getpid32.enter':
    '程序把系统调用号 {arg}（getpid 在 i386 上的调用号）放入 eax，执行 {entry}，即经由 0x80 号门的软中断：CPU 从 ring 3 切换到 ring 0。这是模式切换，不是进程上下文切换。',
  'step.getpid32.exit':
    'iret 恢复保存的用户态现场，CPU 从 ring 0 回到 ring 3，eax = {ret}。这条传统路径比 syscall/sysret 慢，但同样是两次模式切换。',

  // 内核入口路径内部（syscall 场景）。
  'step.entry.stack_switch':
    'syscall 指令本身不切换栈，由入口代码完成：执行 swapgs，保存用户栈指针，再装入进程 {pid} 自己的内核栈栈顶。',
  'step.entry.stack_switch32':
    '由于 {entry} 经过中断门，CPU 自己切换栈：它装入 TSS.sp0，自 Linux 4.19 起这指向一个很小的每 CPU 入口栈，并把用户态的 ss、sp、flags、cs、ip 压入其中。',
  'step.entry.pt_regs':
    '入口代码把全部用户寄存器以 struct pt_regs 的形式保存在进程 {pid} 内核栈的顶部（系统调用号存入 orig_ax），然后清零这些寄存器。strace、信号处理和返回路径读取的都是这个栈帧。',
  'step.entry.pt_regs32':
    '入口代码（SAVE_ALL，switch_stacks=1）在 CPU 已压入的内容之后继续压入其余用户寄存器，再把整个帧从入口栈拷贝到进程 {pid} 内核栈的顶部：一个完整的 struct pt_regs。',
  'step.entry.dispatch':
    'do_syscall_64 把调用号 {nr} 交给 x64_sys_call()：这是一个 switch 语句，其中 case {nr} 调用处理函数 __x64_sys_getpid。自 Linux 6.9 起（并向后移植到 6.1 和 6.6），内核用这个 switch 分派，而不再经 sys_call_table[] 间接调用，以防御分支历史注入（BHI）；该表仍然保留，供跟踪使用。',
  'step.entry.dispatch32':
    'do_int80_syscall_32 把调用号 {nr} 交给 ia32_sys_call()：这是一个 switch 语句，其中 case {nr} 调用处理函数 __ia32_sys_getpid。自 Linux 6.9 起分派就是这个 switch，而不是经系统调用表间接调用（以防御分支历史注入）。',
  'step.entry.work':
    '处理函数完成实际工作：getpid 返回调用者的进程号 {ret}。结果写入 pt_regs 的 ax 位置，用户程序将在那里拿到它。',
  'step.entry.exit_work':
    '返回之前，内核检查有无待处理的工作（要递送的信号，或需要重新调度：进程上下文切换可能就发生在这里），然后从 pt_regs 恢复用户寄存器。',
  'step.entry.exit_work32':
    '返回之前，内核检查待处理的工作（信号、重新调度），从 pt_regs 恢复寄存器并准备 iret，由它弹出 {entry} 当初压入的 ss、sp、flags、cs、ip。',

  // CPU 拷贝：由 CPU 把字节从一个缓冲区搬到另一个缓冲区。
  'step.copy.pagecache_to_user':
    'CPU 把{filePages} 的 {bytesText}从页缓存拷贝到用户缓冲区（copy_to_user）。这是零拷贝路径所要省掉的 CPU 拷贝。',
  'stepOwnBytes.copy.user_to_skb':
    'CPU 把 {bytesText}（{filePages}）从用户缓冲区拷贝到套接字发送队列上的套接字缓冲区（skb）。程序在内存中生成的数据（例如响应头）也像任何 write() 一样，要付出这一次拷贝进套接字的 CPU 拷贝。',
  'step.copy.user_to_skb':
    'CPU 把 {bytesText}（{filePages}）从用户缓冲区拷贝到套接字发送队列上的套接字缓冲区（skb）。在 read() + write() 中这是第二次 CPU 拷贝；而在 O_DIRECT 中，缓冲区由磁盘 DMA 直接填入，这是唯一的一次。',
  'step.copy.mapping_to_skb':
    'CPU 通过映射、也就是直接从页缓存的页帧中，把{filePages} 的 {bytesText}拷贝到套接字缓冲区（skb）。mmap 省掉了拷入用户缓冲区的那次拷贝，但这一次仍然存在。',
  'step.copy.skb_linearize':
    '网卡不能从分散的页面中聚集数据（scatter-gather 关闭）。TCP 仍然只排入了页面引用（借助 GSO，每个 TCP 套接字都带有 NETIF_F_SG），所以拷贝发生在此刻、发送时：validate_xmit_skb 把{filePages} 的 {bytesText}从页缓存拷贝到给驱动用的线性缓冲区。这就是教科书中无 scatter-gather 的 sendfile 的“1 次 CPU 拷贝”；队列中的 skb 仍保留页面引用。',
  'stepUserPages.copy.skb_linearize':
    '网卡不能从分散的页面中聚集数据（scatter-gather 关闭）。TCP 仍然只排入了页面引用（借助 GSO，每个 TCP 套接字都带有 NETIF_F_SG），所以拷贝发生在此刻、发送时：validate_xmit_skb 把{filePages}（vmsplice 放进管道的进程自己的页）的 {bytesText}拷贝到给驱动用的线性缓冲区。没有 scatter-gather 时，vmsplice 的零拷贝终究要付出这一次 CPU 拷贝。',
  'step.copy.cow_page':
    '该页帧仍被共享，所以内核分配新页帧 {pfn}，由 CPU 把整个第 {first} 页（{bytesText}）拷贝过去。这就是写时复制中的“复制”：它发生在第一次写的此刻，而不是 fork() 时。',

  // 页面引用：零拷贝。
  'step.ref.pagecache_to_skb':
    '没有拷贝任何字节：页缓存中{filePages}（{bytesText}）的引用作为分片挂到套接字缓冲区上。{nicReads}',
  'step.ref.pagecache_to_pipe':
    '没有拷贝任何字节：管道的缓冲区现在指向页缓存中的{filePages}（{bytesText}），这些页的引用计数随之增加。',
  'step.ref.pipe_to_skb':
    '页面引用从管道移到套接字缓冲区，成为分片：{filePages}，共 {bytesText}，这里仍然没有 CPU 拷贝。{nicReads}',

  // DMA：设备不经 CPU 搬运数据。
  'step.dma.disk_to_pagecache':
    '内核向磁盘发出一个请求，读取{filePages}（{pageCount}，{bytesText}）。磁盘控制器将通过直接内存访问（DMA）把它们写入页缓存的页帧，无须 CPU 参与。',
  'step.dma.disk_to_pagecache.done':
    '磁盘完成了 DMA：{filePages}（{bytesText}）的数据已在页缓存页帧中，这些页仍被锁住，还没有标记为最新。设备写入一条完成记录；内核代码此时还没有运行。随后是它的完成中断。',
  'step.dma.disk_to_user':
    'O_DIRECT：内核锁定（pin）用户缓冲区，并向磁盘请求 {bytesText}（{filePages}）。磁盘将通过 DMA 把数据直接写入用户缓冲区，绕过页缓存；无论文件是否已被缓存，每次读都是如此。',
  'step.dma.disk_to_user.done':
    '磁盘已通过 DMA 把 {bytesText}（{filePages}）直接写入用户缓冲区，并写入一条完成记录；随后是它的完成中断。页缓存既没有被使用，也没有被填充。',
  'step.dma.skb_to_nic':
    'TCP 把发送队列中的下一个 skb 交给驱动（tcp_write_xmit），网卡将通过 DMA 取走其中线性存放的 {bytesText}（{filePages}）并发送。在此期间 CPU 可以做别的事。',
  'step.dma.skb_to_nic.done':
    '网卡已通过 DMA 取走这 {bytesText}（{filePages}）并发上网线；它把描述符标记为完成。随后是它的发送完成中断。',
  'step.dma.gather_to_nic':
    '分散/聚集（scatter-gather）DMA：TCP 把下一个 skb 交给驱动，网卡将从 skb 取包头，再直接从{filePages} 所在的页缓存页帧中取 {bytesText}的数据。正因如此，才不需要任何 CPU 拷贝。',
  'stepUserPages.dma.gather_to_nic':
    '分散/聚集（scatter-gather）DMA：TCP 把下一个 skb 交给驱动，网卡将从 skb 取包头，再直接从 vmsplice 放进管道的进程自己的页（{filePages}）中取 {bytesText}的数据——不是从页缓存。不需要任何 CPU 拷贝。',
  'stepUserPages.dma.gather_to_nic.done':
    '网卡已通过 DMA 从进程自己的页聚集这 {bytesText}（{filePages}）并发送出去；它把描述符标记为完成。随后是它的发送完成中断。',
  'step.dma.gather_to_nic.done':
    '网卡已通过 DMA 从页缓存聚集这 {bytesText}（{filePages}）并发送出去；它把描述符标记为完成。随后是它的发送完成中断。',

  // 缺页异常。
  'step.fault.kernel_file':
    'write() 内部的拷贝访问到 {addr}，该地址还没有页表项：这是在内核态发生的缺页异常（错误码 {err}：内核读、页不存在）。CPU 本来就在 ring 0，所以这不算模式切换。如果该页不在页缓存中，这就是一次主缺页（major fault），必须先从磁盘读入。',
  'step.fault.user_cow':
    '对 {addr} 的写命中了只读的页表项：MMU 在用户态触发缺页异常（错误码 {err}：页存在、写、用户态），这是一次进入内核的模式切换。自 fork() 以来，这个页就是写时复制的。',
  'step.user.load_bad': 'ring 3 的用户代码从 {addr} 读取。MMU 在进程的页表中查找这个地址。',
  'step.user.store_bad': 'ring 3 的用户代码向 {addr} 写入。MMU 在进程的页表中查找这个地址。',
  'step.fault.user_no_vma':
    '没有页表项映射 {addr}：用户态缺页异常，错误码 {err}（位：1 存在，2 写，4 用户态），一次进入内核缺页处理程序的模式切换。do_user_addr_fault 查找覆盖该地址的 VMA，一个也没有：这个地址根本没有映射。mmap_min_addr（64 KiB）以下永远不会有映射，所以空指针总是落在这里。',
  'step.fault.user_access_error':
    '在 {addr} 发生用户态缺页异常，错误码 {err}（位：1 存在，2 写，4 用户态），一次进入内核的模式切换。有一个 VMA 覆盖该地址，即用 PROT_READ 建立的文件映射，但它不允许写：access_error 拒绝了这次访问，所以这不是写时复制缺页（那里 VMA 允许写），也不会映射任何页。',
  'step.task.killed_segv':
    'SIGSEGV 的默认动作终止了进程 {pid}：它再也不会回到出错的那条指令。其他进程继续运行。',
  'step.fault.user_protection':
    'MMU 拒绝了这次访问：{addr} 位于仅限内核（supervisor）的页上（U/S 位为 0），而 CPU 处于 ring 3。这是用户态缺页异常，错误码 {err}（页存在、用户态、读），也是一次进入内核缺页处理程序的模式切换。这里假定没有启用 KPTI（不受 Meltdown 影响的 CPU 就是如此）：启用 KPTI 时，用户态页表根本不映射内核空间，错误码将是 0x4（页不存在、用户态、读）。',
  'step.fault.return_kernel':
    '缺页异常处理完毕，返回内核中被打断的复制（{addr} 现已映射）。异常发生前 CPU 就在 ring 0（内核态），返回后仍在 ring 0：没有模式切换。',
  'step.fault.return':
    '缺页处理完毕，对 {addr} 的那次出错访问被重新执行，这次成功了。若是用户态缺页，这次返回（iret）是回到 ring 3 的模式切换；若缺页发生在内核的拷贝过程中，CPU 仍留在 ring 0，拷贝继续进行。',

  // 内存管理：VMA、页表、TLB。
  'step.mm.mmap_vma':
    'mmap 只登记一个新的虚拟内存区域（VMA）：位于 {addr}，{bytesText}（{pageCount}）。不建立任何页表项，也不读取或拷贝数据；这些页要到第一次访问时才由缺页异常映射进来。',
  'step.mm.fault_around':
    '缺页预映射（fault-around）：处理程序一次映射已在页缓存中的 {pageCount}，起始地址 {addr}（页帧 {pfn}），只读，直接指向页缓存的页帧。一次缺页就映射了整个窗口，后面的页不会再缺页。',
  'step.mm.zap_ptes':
    'munmap 清除从 {addr} 开始、共 {pageCount}的页表项。页缓存中的页仍然保留；消失的只是这个进程对它们的映射。',
  'step.mm.tlb_flush_range':
    '快表（TLB）中可能还留着旧的地址转换，所以内核把从 {addr} 开始的 {pageCount}从 TLB 中刷掉。在多 CPU 机器上，这可能需要发送处理器间中断（TLB shootdown）。',
  'step.mm.fork_copy_ptes':
    'fork() 为子进程 {child} 复制进程 {pid} 的页表。缓冲区的 {pageCount}现在是共享的：同样的页帧，在两个进程中都标记为只读，引用计数增加。没有拷贝任何数据。',
  'step.mm.tlb_flush_all':
    '父进程的页表项刚被改为只读，但它的 TLB 中可能仍缓存着可写的旧项，所以内核刷新进程 {pid} 的整个 TLB。',
  'step.mm.cow_map_copy':
    '{addr} 的页表项现在指向新页帧 {pfn}，可写，归进程 {pid} 私有。旧页帧的引用计数减一。',
  'step.mm.cow_reuse':
    '页帧 {pfn} 只剩一个使用者了，因为另一个进程已经复制走了自己的副本。所以内核只需把 {addr} 的页表项重新设为可写：直接复用，不用拷贝。',
  'step.mm.tlb_flush_page': '把 {addr} 过时的只读地址转换从 TLB 中刷掉（一页），使 CPU 用上新的页表项。',
  'step.mm.pagecache_alloc':
    '页缓存未命中：内核为{filePages}（缺失的页加上预读窗口）分配页缓存页帧（{pageCount}），并把它们锁住，直到磁盘把数据填进来。',

  // 中断。
  'step.irq.disk.enter':
    '磁盘用中断报告完成。CPU 暂停手头的事（通常是空闲任务），在 ring 0 运行处理程序：vring_interrupt → virtblk_done → blk_mq_complete_request，它把已完成的请求交给 BLOCK 软中断。只有当 CPU 正在运行用户代码时，响应中断才算一次模式切换。',
  'step.irq.disk.exit': '中断及其引发的软中断都已结束，CPU 回到之前在做的事。',
  'step.irq.nic.enter':
    '网卡发出发送完成中断：数据包已经发出。如果 CPU 正在运行用户代码，响应中断就是一次模式切换（ring 3 → ring 0）。',
  'step.irq.nic.exit':
    '处理程序已清理发送环，并释放了驱动持有的 skb 克隆（{bytesText}）。skb 本身（连同它的数据或页面引用）仍留在 TCP 的重传队列中，直到接收方确认。如果还有 skb 在等待，TCP Small Queues 已在这个处理程序中把它交给网卡（tcp_wfree → tcp_tsq_handler）。CPU 回到之前在做的事。',
  'step.irq.nic_rx.enter':
    '接收方的 ACK 到达：网卡已把这个小帧写入接收缓冲区，并发出接收中断。中断处理程序只调度 NAPI，实际工作在 NET_RX 软中断中完成。只有当 CPU 正在运行用户代码时，这才是一次模式切换。',
  'stepUserPages.tcp.ack':
    'TCP 在 NET_RX 软中断中处理这个 ACK（tcp_ack → tcp_clean_rtx_queue）：被确认的 skb（{bytesText}，{filePages}）离开发送队列并被释放，放掉它对进程自己页面的引用（由 vmsplice 交出，或被零拷贝发送钉住）——从此刻起程序才可以再写缓冲区的这一部分（零拷贝发送要从完成通知得知这一点）。它在发送缓冲区中占用的空间又空出来了。',
  'step.tcp.ack':
    'TCP 在 NET_RX 软中断中处理这个 ACK（tcp_ack → tcp_clean_rtx_queue）：被确认的 skb（{bytesText}，{filePages}）离开发送队列并被释放；对 sendfile 和 splice 来说，这会放掉它对页缓存页的引用。它在发送缓冲区中占用的空间又空出来了。',
  'step.irq.nic_rx.exit': '接收软中断处理完毕，CPU 回到之前在做的事。',

  // 调度器：阻塞、唤醒、进程上下文切换。
  'step.sched.block_io':
    '数据还不在内存中，进程 {pid} 进入睡眠（不可中断地等待 I/O），直到磁盘完成。阻塞才会引起真正的进程上下文切换：CPU 转去运行别的任务。',
  'step.sched.block_dio':
    '进程 {pid} 睡眠，直到直接 I/O 请求完成。O_DIRECT 的每次读都要等磁盘，即使文件已在页缓存中。',
  'step.sched.block_sndbuf':
    '套接字发送缓冲区已满（已排队 {bytesText}，上限为 sndbuf）：tcp_sendmsg_locked 无法再排入数据，于是进程 {pid} 在 sk_stream_wait_memory 中睡眠，直到 ACK 释放出空间。睡眠是一次真正的进程上下文切换；这次调用还没有返回。',
  'step.sched.block_wait': '子进程还没有退出，wait4 让进程 {pid} 睡眠，直到子进程退出时把它唤醒。',
  'step.sched.wake_io':
    '在 BLOCK 软中断中，块设备层结束这个请求：bio_endio 调用文件系统的 end_io（ext4 的 mpage_end_io），后者调用 folio_end_read。这一步同时把这些页标记为最新、解锁它们并唤醒进程 {pid}；进程变为可运行状态，稍后会被切换回来。',
  'step.sched.wake_dio':
    '在 BLOCK 软中断中，bio_endio 调用直接 I/O 的完成函数 iomap_dio_bio_end_io，它唤醒进程 {pid}：数据已在它的缓冲区中。这里不涉及页缓存页，所以没有任何页被标记为最新。进程重新变为可运行状态。',
  'step.sched.wake_sndbuf':
    'ACK 已释放出足够的发送缓冲区（空闲空间至少达到仍在排队的 {bytesText}的一半），于是 sk_stream_write_space 唤醒进程 {pid}。它将继续排入这次调用剩下的数据。',
  'step.sched.wake_parent': '子进程退出，唤醒了正在 wait4() 中睡眠的父进程 {pid}。',
  'step.sched.switch':
    '调度器从 {prev} 切换到 {next}：这是一次进程上下文切换（换成另一个任务的内核栈和寄存器，必要时还有地址空间），而不是模式切换。它发生在内核态。',

  // 进程与信号。
  'step.task.ret_from_fork':
    '子进程 {pid} 第一次运行：它从 ret_from_fork 开始，通过 {entry} 从 fork() 返回 ring 3，返回值 {ret} 的意思是“你是子进程”。',
  'step.signal.sigsegv':
    '{addr} 处没有允许这次访问的用户态映射，所以内核向进程 {pid} 发送 SIGSEGV（段错误）。',
  'step.signal.sigchld': '内核向父进程 {pid} 发送 SIGCHLD，通知它子进程已经退出。',
  'step.task.killed':
    'SIGSEGV 的默认动作是终止进程 {pid}。它再也不会回到 ring 3：特权级保护把用户代码挡在了内核内存之外。',
  'step.task.exited': '进程 {pid} 退出：内核释放它的地址空间，从而放掉它对共享页帧的引用。',

  // 用户代码。
  'step.user.store':
    '进程 {pid} 在用户态向缓冲区第 {page} 页的 {addr} 写入。若页表项可写，写入直接完成；若是只读（写时复制）的页表项，MMU 会触发缺页异常。',
  'step.user.load_kernel':
    'ring 3 的用户代码从 {addr} 读取一个字节，这是内核空间中的地址。内核空间映射在每个进程中，但这些页被标记为仅限内核访问。',
  'step.prog.end': '程序已经结束，所有设备都已空闲。计数器现在显示的是整次运行的总数。',
};
