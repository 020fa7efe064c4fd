/** Playback: step units, the playback range and chapters, presenter zoom. */
export const playback: Readonly<Record<string, string>> = {
  'playback.unit.none': 'none here',
  'playback.unit.why.syscall': 'This run makes no system calls.',
  'playback.unit.why.iteration': 'This run’s program has no loop.',
  'playback.cmd.prevChapter': 'Previous chapter',
  'playback.cmd.nextChapter': 'Next chapter',
  'playback.cmd.zoomIn': 'Larger type',
  'playback.cmd.zoomOut': 'Smaller type',
  'playback.zoom.label': 'Type size',
  'playback.zoom.value': '{scale}×',
  'playback.stepInRange': 'Step {n} of {total} in range {from}–{to}',
  'playback.range.label': 'Playback range',
  'playback.notice.badChapter':
    'The chapter “{value}” in “{name}” is not step:name (a name of at most {max} characters, without markup); ignored.',
  'playback.notice.chapterTwice': 'Two chapters in “{name}” at step {step}; the second is ignored.',
  'playback.notice.tooManyChapters': 'More than {max} chapters in “{name}”; the rest are ignored.',
  'playback.notice.chapterPastEnd':
    'The chapter at step {step} is past the end of this run (last step {last}); ignored.',
  'share.embed.tooSmall': 'Too small to read here.',
  'playback.range.toggle': 'Range & chapters',
};
