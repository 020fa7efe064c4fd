/** Playback: step units, the playback range and chapters, presenter zoom. */
export const playback: Readonly<Record<string, string>> = {
  'playback.unit.none': '本次运行没有',
  'playback.unit.why.syscall': '本次运行不做系统调用。',
  'playback.unit.why.iteration': '本次运行的程序中没有循环。',
};
