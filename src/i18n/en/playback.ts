/** Playback: step units, the playback range and chapters, presenter zoom. */
export const playback: Readonly<Record<string, string>> = {
  'playback.unit.none': 'none in this run',
  'playback.unit.why.syscall': 'This run makes no system calls.',
  'playback.unit.why.iteration': 'This run’s program has no loop.',
};
