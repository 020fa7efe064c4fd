/**
 * zh-CN 的 strace 回放消息（issue 14）：模型不执行的调用的讲解（不透明调用、close、无效描述符上的调用：sites.ts
 * S.other）与导入器的提示（`strace.notice.<code>`）。键与占位符须与 en 一致（tests/i18n）。
 */
export const strace: Readonly<Record<string, string>> = {
  'step.syscall.enter':
    '进程 {pid} 调用 {name}()：通过 {entry} 从 ring 3 进入 ring 0，一次模式切换。未建模：{name}。模型计入这次调用（一次系统调用、两次模式切换），但不执行它的内核工作；对 close() 只是忘掉这个描述符。',
  'step.syscall.exit':
    '{name}() 通过 {entry} 回到 ring 3 并返回 {ret}。数据通路上没有任何移动。对不透明调用，这个值由程序（或回放的 strace 日志）给出，模型并不计算它。',
  'stepError.syscall.exit':
    '{name}() 失败，通过 {entry} 回到 ring 3 并返回 {ret}（{errname}）：这是程序（或回放的 strace 日志）为这个不透明调用给出的失败。数据通路上没有任何移动。',
  'step.lseek.enter':
    '进程 {pid} 对 fd {fd} 调用 lseek()，偏移 {count}，SEEK_SET：通过 {entry} 从 ring 3 进入 ring 0，一次模式切换。ksys_lseek 查找这个描述符；vfs_llseek 调用文件系统的 llseek（ext4_llseek → generic_file_llseek_size → vfs_setpos），它用文件的最大长度检查这个偏移。',
  'step.lseek.exit':
    'lseek() 通过 {entry} 回到 ring 3 并返回 {ret}：vfs_setpos 把偏移存进打开文件的位置（f_pos），仅此而已。没有读、拷贝或映射任何页；fd {fd} 上的下一次 read、sendfile 或 splice 从第 {ret} 字节开始。',
  'stepError.lseek.exit':
    'lseek() 失败，通过 {entry} 回到 ring 3 并返回 {ret}（{errname}）：对普通文件，vfs_setpos 拒绝负的偏移，位置保持不变。没有任何移动。',
  'step.bad_fd.enter':
    '进程 {pid} 对描述符 {fd} 调用 {name}()：通过 {entry} 从 ring 3 进入 ring 0。内核先在进程的文件表中查找这个描述符。',
  'step.bad_fd.exit':
    '{name}() 失败，通过 {entry} 回到 ring 3 并返回 {ret}（{errname}）：这个描述符在本进程中没有打开，或者打开的方向不对（写一个只读打开的文件，或写管道的读端）。没有任何数据移动。',
  'step.user.store_kernel':
    'ring 3 的用户代码向 {addr} 写入，这是内核空间中的地址。内核空间映射在每个进程中，但这些页被标记为仅限内核访问。',
  'step.fault.user_write_protection':
    'MMU 拒绝了这次写入：{addr} 位于仅限内核（supervisor）的页上（U/S 位为 0），而 CPU 处于 ring 3。这是用户态缺页异常，错误码 {err}（页存在、写、用户态），也是一次进入内核缺页处理程序的模式切换，处理程序在那里找不到用户映射（与读取一样，假定没有启用 KPTI）。',
  'strace.notice.unreadable': '第 {line} 行不是导入器能读懂的 strace 行，已跳过：{text}',
  'strace.notice.otherProcess': '第 {line} 行：进程 {pid} 是第三个进程；模型只运行两个进程，它的调用被跳过。',
  'strace.notice.unfinished': '第 {line} 行：{name}() 在日志中没有结束，已跳过。',
  'strace.notice.inheritedFd':
    '第 {line} 行：描述符 {fd} 是继承来的（终端，或日志中从未打开的文件）；模型没有这些对象，它上面的调用保留为不透明调用。',
  'strace.notice.otherFile':
    '第 {line} 行：描述符 {fd} 是模型容纳不下的文件或套接字（最多 4 个读取的文件、7 个套接字、1 个写入的文件），或是既读又写的对象；它上面的调用保留为不透明调用。',
  'strace.notice.opaque': '第 {line} 行：{name}() 未建模，保留为不透明调用。',
  'strace.notice.opaqueSummary':
    '模型不执行的调用保留为不透明调用（计数，但不执行）：{names}（共 {count} 个）。',
  'strace.notice.fileSize':
    '文件大小 {size} 字节来自第 {at} 行的 {call}()；--cache 决定它开始时是否在页缓存中。',
  'strace.notice.noFileSize': '日志中没有出现文件大小；导入器使用 {size} 字节（从它读到的字节之和）。',
  'strace.notice.asRead': '第 {line} 行：{name}() 按 {as}() 回放（pread64 与 readv 在文件当前位置读取）。',
  'strace.notice.signal': '第 {line} 行：这个信号不是模型能产生的缺页错误，已跳过。',
  'strace.notice.tooLong':
    '日志比程序允许的长度更长（折叠重复后超过 255 行）；第 {line} 行之后的调用被省略。',
  'strace.notice.mapping':
    '第 {line} 行：第二个映射或匿名映射；模型只映射一个文件，这次调用保留为不透明调用。',
  'strace.notice.mismatch': '第 {line} 行：日志返回 {logged}，而模型返回 {model}。',
  'strace.notice.unknownFd':
    '第 {line} 行：描述符 {fd} 在日志中从未被打开（strace 是中途附加的？）；它被当作模型的{as}（fd {model}）。',
  'strace.notice.thread':
    '第 {line} 行：这次 clone() 创建的是线程；模型只有进程，所以它作为 fork 出的子进程运行，带有自己的一份内存和描述符。',
  'strace.notice.childExit':
    '日志中看不到进程 {pid} 调用 exit_group；回放用 exit(0) 结束它，这比日志多一次系统调用。',
};
