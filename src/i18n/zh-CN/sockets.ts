/** 一个程序里的多个 TCP 套接字（issue 14）：旁白和机器视图中说明某一步作用于哪个套接字。 */
export const sockets: Readonly<Record<string, string>> = {
  'narration.onSocket': '套接字 fd {fd}：',
  'narration.onFile': '文件 fd {fd}：',
  'narration.onFileSocket': '文件 fd {file} → 套接字 fd {fd}：',
  'machine.box.pcFd': '页缓存 · 文件 fd {fd}',
  'machine.ram.pcFd': '页缓存 fd {fd}',
  'machine.pc.otherLine': 'fd {fd}：{cached}/{total}',
  'machine.box.skbFd': '套接字 fd {fd}',
  'machine.skb.otherLine': 'fd {fd} · {fill}',
  'ui.param.consumers': '消费者数（consumers）',
};
