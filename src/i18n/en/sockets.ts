/** Several TCP sockets in one program (issue 14): which socket a step works on, in the narration and the machine view. */
export const sockets: Readonly<Record<string, string>> = {
  'narration.onSocket': 'Socket fd {fd}: ',
  // Several files to read (issue 14): the file a step works on, and with a socket both.
  'narration.onFile': 'File fd {fd}: ',
  'narration.onFileSocket': 'File fd {file} → socket fd {fd}: ',
  'machine.box.pcFd': 'page cache · file fd {fd}',
  'machine.ram.pcFd': 'cache fd {fd}',
  'machine.pc.otherLine': 'fd {fd}: {cached}/{total}',
  'machine.box.skbFd': 'socket fd {fd}',
  'machine.skb.otherLine': 'fd {fd} · {fill}',
  'ui.param.consumers': 'Consumers (consumers)',
};
