/** issue 17 的 copy_file_range、vmsplice 与 Linux 式预读（`ra=linux`）的中文文案；键和占位符与 en/kernelCopy.ts 一致。 */
export const kernelCopy: Readonly<Record<string, string>> = {
  'step.copy_file_range.enter':
    '进程 {pid} 调用 copy_file_range()，把最多 {countBytes} 从源文件（fd 3）复制到副本（fd {fd}）：经 {entry} 从 ring 3 进入 ring 0。全程不用用户缓冲区。ext4 自己没有 copy_file_range 或 remap_file_range，所以 vfs_copy_file_range 退回到 do_splice_direct，也就是 sendfile 用的那套机制（更早的内核把这条退路叫 generic_copy_file_range，后来叫 splice_file_range）。',
  'step.copy_file_range.exit':
    'copy_file_range() 经 {entry} 返回 {ret} 到 ring 3。这些字节从未进入用户空间，但内核复制了一次：从源文件的页缓存复制到副本的脏页里；要到回写时磁盘才会看到它们。',
  'step.copy_file_range_reflink.enter':
    '进程 {pid} 调用 copy_file_range()，把最多 {countBytes} 复制到 fd {fd}：经 {entry} 从 ring 3 进入 ring 0。两个文件在同一个能共享区段（extent）的文件系统上（开启 reflink 的 xfs、btrfs），所以 vfs_copy_file_range 调用 remap_file_range。',
  'step.copy_file_range_reflink.exit':
    'copy_file_range() 经 {entry} 返回 {ret} 到 ring 3。没有读、复制或写任何字节：副本与源文件共享磁盘块，直到其中一方被写入（那时文件系统才复制那个块：磁盘上的写时复制）。',
  'step.copy.pagecache_to_pagecache_cfr':
    'CPU 在内核里把 {bytesText} 从源文件的页缓存页复制到副本的页（{filePages}）：do_splice_direct 的内部管道持有源页的引用，iter_file_splice_write 经 ext4 的 generic_perform_write 像 write() 一样把它们写进副本（见 copy_file_range(2)）。副本的页是脏的。',
  'step.fs.reflink_remap':
    '文件系统让副本的区段指向源文件的磁盘块（{ret} 字节），并增加这些块的引用计数（xfs_reflink_remap_blocks、btrfs_clone）：只改元数据。不论缓存冷热，源文件的页一页都不读；也没有页变脏。',

  'step.vmsplice.enter':
    '进程 {pid} 带 SPLICE_F_GIFT 调用 vmsplice()，把自己缓冲区里的 {countBytes} 放进管道（fd {fd}）：经 {entry} 从 ring 3 进入 ring 0。',
  'step.vmsplice.exit':
    'vmsplice() 经 {entry} 返回 {ret} 到 ring 3：缓冲区的这么多字节已在管道里——是对其页面的引用，不是副本。SPLICE_F_GIFT 向内核承诺这些页不会再变；在对端确认（ACK）这些数据之前，程序不得写这块缓冲区。',
  'stepError.vmsplice.exit':
    'vmsplice() 失败，经 {entry} 返回 {ret}（{errname}）到 ring 3：传入的内存不是进程已映射的内存。',
  'step.ref.user_to_pipe':
    '没有复制任何字节：vmsplice_to_pipe 对用户缓冲区的每一页（{filePages}，{bytesText}）取得一个引用，放进管道缓冲区。这些页仍属于进程：如果它现在写这些页，套接字稍后发出的字节就会跟着改变。',

  'step.mm.pagecache_alloc_sync_ra':
    '页缓存未命中：page_cache_sync_ra 开启一个预读窗口。窗口大小由这次读的大小决定（get_init_ra_size：向上取到 2 的幂，再 ×4、×2 或取最大值）；内核为{filePages}分配页帧（{pageCount}）并锁住，在异步部分开始的那一页上设置 PG_readahead 标记。',
  'step.mm.pagecache_alloc_async_ra':
    '读到了带 PG_readahead 标记的页，于是 page_cache_async_ra 在读者需要之前就读下一个窗口：{filePages}（{pageCount}）。窗口先 ×4、再 ×2 增长，直到 read_ahead_kb；整个窗口都是异步的，它的第一页带着下一个标记。读者不用等待。',
  'step.ra.end_read':
    '在 BLOCK 软中断中，folio_end_read 把预读窗口的页标记为最新（{bytesText}）。没有人在等它们：读者还在处理前面的页——这正是预读的意义。',

  'scenario.copy-file-range.title': '用 copy_file_range() 复制文件',
  'scenario.copy-file-range.question': '复制文件时，数据能完全不经过 CPU 吗？',
  'scenario.copy-file-range.teaches':
    'copy_file_range 让数据留在内核里：在 ext4 上是一次从页缓存到页缓存的内核内复制，没有用户态复制；在 xfs 和 btrfs 上，reflink 共享区段——既不复制，也不读磁盘。',
  'scenario.vmsplice.title': 'vmsplice() + splice() 发往套接字',
  'scenario.vmsplice.question': '已经在进程内存里的字节，能不经复制到达套接字吗？',
  'scenario.vmsplice.teaches':
    'vmsplice 把对用户页面的引用放进管道（SPLICE_F_GIFT），splice 再交给套接字：0 次 CPU 复制——而且在对端确认数据之前，不得写这块缓冲区。',
};
