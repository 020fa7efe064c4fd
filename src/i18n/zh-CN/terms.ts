/** Definitions of the counters' dotted names (hover, focus, tap); the English ones load on demand. */
export const terms: Readonly<Record<string, string>> = {
  'counterDef.syscalls': '程序进入内核的调用（read、write、sendfile…）：每次都从 ring 3 进入 ring 0 再返回。',
  'counterDef.modeSwitches': 'CPU 特权级的切换：用户态 ↔ 内核态。进程仍在运行；这不是上下文切换。',
  'counterDef.modeSwitchesBy.syscall': '由系统调用引起的模式切换：每次调用两次，进入和返回。',
  'counterDef.modeSwitchesBy.exception': '用户代码运行时发生异常（缺页）引起的模式切换：每次两次。',
  'counterDef.modeSwitchesBy.interrupt': '用户代码运行时到达的设备中断引起的模式切换：每次两次。',
  'counterDef.cpuCopies': 'CPU 自己完成的拷贝操作（copy_to_user、copy_from_user、memcpy），每次操作计一次。',
  'counterDef.dmaTransfers': '设备（磁盘、网卡）自行与内存之间的传输，CPU 不接触这些字节。',
  'counterDef.contextSwitches':
    '调度器停下一个任务、运行另一个任务（切换栈和寄存器）的次数，例如调用阻塞在磁盘上时。',
  'counterDef.pageFaults': 'MMU 因页表项缺失或只读而引发的异常，用户态或内核态均可发生。',
  'counterDef.interrupts': '设备发出的信号（磁盘完成、数据包已发送），使 CPU 在内核态运行处理函数。',
  'counterDef.diskRequests': '发给磁盘的读写请求（预读可以一次取回多个页）。',
  'counterDef.cpuBytes': 'CPU 拷贝移动的字节总数。',
  'counterDef.dmaBytes': '设备通过 DMA 移动的字节总数。',
  'counterDef.simTimeNs': '本步之后的模拟虚拟时间，来自代价模型（不是实测）。',
};
