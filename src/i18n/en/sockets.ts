/** Several TCP sockets in one program (issue 14): which socket a step works on, in the narration and the machine view. */
export const sockets: Readonly<Record<string, string>> = {
  'narration.onSocket': 'Socket fd {fd}: ',
  'machine.box.skbFd': 'socket fd {fd}',
  'machine.skb.otherLine': 'fd {fd} · {fill}',
  'ui.param.consumers': 'Consumers (consumers)',
};
