/**
 * English messages that load with the parts that use them (loadViewMessages): the counters' definitions,
 * the range and chapters row, the Embed dialog's words and the update banner's. Other locales carry them in their catalogue.
 */
export const onDemand: Readonly<Record<string, string>> = {
  'counterDef.syscalls':
    'Calls from the program into the kernel (read, write, sendfile…): each enters ring 0 and returns to ring 3.',
  'counterDef.modeSwitches':
    'Changes of the CPU’s privilege level, user mode ↔ kernel mode. The process keeps running; this is not a context switch.',
  'counterDef.modeSwitchesBy.syscall': 'Mode switches caused by system calls: two per call, in and out.',
  'counterDef.modeSwitchesBy.exception':
    'Mode switches caused by exceptions (page faults) taken while user code ran: two per fault.',
  'counterDef.modeSwitchesBy.interrupt':
    'Mode switches caused by device interrupts that arrived while user code ran: two per interrupt.',
  'counterDef.cpuCopies':
    'Copy operations done by the CPU itself (copy_to_user, copy_from_user, memcpy), one per operation.',
  'counterDef.dmaTransfers':
    'Transfers a device (disk, NIC) made to or from memory by itself, without the CPU touching the bytes.',
  'counterDef.contextSwitches':
    'Times the scheduler stopped one task and ran another (switching stacks and registers), e.g. when a call blocks on the disk.',
  'counterDef.pageFaults':
    'Exceptions raised by the MMU for a missing or read-only page-table entry, in user or kernel mode.',
  'counterDef.interrupts':
    'Signals from devices (disk done, packet sent) that made the CPU run a handler in kernel mode.',
  'counterDef.diskRequests':
    'Read or write requests sent to the disk (readahead can fetch many pages in one).',
  'counterDef.cpuBytes': 'The bytes the CPU copies moved, in total.',
  'counterDef.dmaBytes': 'The bytes devices moved by DMA, in total.',
  'counterDef.simTimeNs':
    'Virtual time of the simulation after this step, from the cost model (not a measurement).',
  'playback.range.start': 'Start here',
  'playback.range.end': 'End here',
  'playback.range.clear': 'Clear range',
  'playback.range.startHint': 'Play, step and scrub from this step on (from={step} in the link)',
  'playback.range.endHint': 'Play, step and scrub up to this step (to={step} in the link)',
  'playback.chapters.label': 'Chapters',
  'playback.chapters.add': 'Add chapter here',
  'playback.chapters.name': 'Chapter name',
  'playback.chapters.save': 'Add',
  'playback.chapters.cancel': 'Cancel',
  'playback.chapters.jump': 'Go to chapter “{name}” (step {n})',
  'playback.chapters.remove': 'Remove chapter “{name}”',
  'share.embed.narration': 'A line of narration under the machine',
  'share.embed.err.whole': 'Enter a whole number.',
  'share.embed.err.step': 'A step from {min} to {max}.',
  'share.embed.err.reversed': 'To ({to}) is before From ({from}): the range would be empty.',
  'share.embed.err.size': 'Between {min} and {max} px: an embed is laid out for that.',
  'share.embed.fix': 'Fix the fields marked above to get the code.',

  // The Embed dialog's words (it loads with them).
  'share.embed.frameTitle': 'Data Path Lab: {scenario}',
  'share.embed.title': 'Embed this animation',
  'share.embed.intro':
    'Paste this code into a course page or a slide. The embed shows the machine view, the controls and the counters.',
  'share.embed.from': 'From step',
  'share.embed.to': 'To step',
  'share.embed.autoplay': 'Start playing on its own',
  'share.embed.loop': 'Loop (start again after the last step)',
  'share.embed.minimal': 'Minimal controls (play/pause and the step only)',
  'share.embed.width': 'Width (px)',
  'share.embed.height': 'Height (px)',
  'share.embed.code': 'HTML code',
  'share.embed.copy': 'Copy code',
  'share.embed.copied': 'Copied the embed code: {width}×{height}, steps {from}–{to}.',
  'share.embed.close': 'Close',
  // The update banner's words (it loads with them, once a new version is waiting).
  'ui.offline.update': 'A new version of Data Path Lab is ready.',
  'ui.offline.reload': 'Reload now',
  'ui.offline.later': 'Later',
};
