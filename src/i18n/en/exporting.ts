/**
 * English words of the Export dialog and the printed handout (issue 19): they load with the dialog
 * (loadViewMessages). Other locales carry them in their catalogue.
 */
export const exporting: Readonly<Record<string, string>> = {
  'export.title': 'Export',
  'export.intro':
    'Save what the machine view shows for slides and handouts. Everything is made here in the browser; nothing is uploaded.',
  'export.picture': 'This step (step {n})',
  'export.svg': 'SVG (text stays text)',
  'export.png1': 'PNG 1× (960 × 540)',
  'export.png2': 'PNG 2× (1920 × 1080)',
  'export.saved': 'Saved {file}.',
  'export.failed': 'Could not make the file: {reason}',
  'export.video': 'A range of steps as a video',
  'export.video.from': 'From step',
  'export.video.to': 'To step',
  'export.video.rate': 'Steps per second',
  'export.video.record': 'Record WebM',
  'export.video.cancel': 'Cancel',
  'export.video.progress': 'Recording step {done} of {total}…',
  'export.video.cancelled': 'Recording cancelled.',
  'export.video.unsupported': 'This browser cannot record video (MediaRecorder with WebM).',
  'export.video.tooLong': 'At most {max} steps in one video.',
  'export.video.range': 'Steps from {min} to {max}, From before To.',
  'export.print': 'Print handout',
  'export.printHint':
    'A printable page of this run: the program, the counters beside the textbook’s, the strace log and what happens at every system call.',
  'export.close': 'Close',
  'handout.title': 'Data Path Lab handout: {scenario}',
  'handout.params': 'Parameters: {params}',
  'handout.defaults': 'the defaults',
  'handout.link': 'Link: {link}',
  'handout.machine': 'The machine at step {n} of {total}',
  'handout.program': 'Program',
  'handout.counters': 'Counters after the whole run',
  'handout.strace': 'strace log',
  'handout.narration': 'What happens at each system call',
  'handout.narrationIntro':
    'The step where each call enters the kernel and the step where it returns, as the narration tells them.',
  'handout.step': 'Step',
  'handout.what': 'What happens',
  'handout.entry': 'enters',
  'handout.exit': 'returns',
  'handout.noReturn': 'does not return',
  'handout.moreCalls': '… and {n} more system calls.',
};
