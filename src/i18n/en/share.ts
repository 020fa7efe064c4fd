/** Share, embed and presenter mode: dialogs, buttons and their messages. */
export const share: Readonly<Record<string, string>> = {
  'share.actions': 'Share',
  'share.copy.button': 'Copy link',
  'share.copy.done': 'Copied the link to {scenario}, step {step} of {total}.',
  'share.copy.manual':
    'Could not copy automatically: the link below is selected, press Ctrl+C (⌘C) to copy it.',
  'share.copy.field': 'Link to this state',

  'share.embed.button': 'Embed',
  'share.embed.openFull': 'Open in Data Path Lab',

  'share.present.button': 'Present',
  'share.present.fullscreen': 'Full screen',
  'share.present.label': 'Presenter mode',
  'share.present.keys': 'PgUp / PgDn: step · B: blank screen · Esc: leave',
  'share.present.blanked': 'Screen blanked. Press B to show it again.',
  'share.present.pauseSyscall': 'Pause at every system call',

  'share.cmd.blank': 'Blank the screen',
  'share.cmd.unblank': 'Show the screen again',
  'share.cmd.leavePresenter': 'Leave presenter mode',

  'share.notice.badRange': 'The step “{value}” for “{name}” is not a whole number; ignored.',
  'share.notice.badFlag': '“{name}” must be 1 (on) or 0 (off), not “{value}”; ignored.',
  'share.notice.badScale':
    'The scale “{value}” is not between {min} and {max} in steps of 0.25; using {scale}.',
  'share.notice.embedWithPresent':
    '“{name}=1” is ignored: the link also asks for presenter mode (“{other}=1”), which takes its place.',
  'share.notice.rangeReversed':
    'The range starts after it ends (from={from}, to={to}); playing the whole run instead.',
  'share.notice.rangeClamped':
    'The range goes past the end of this run; it now ends at the last step ({last}).',
  'share.notice.stepOutsideRange':
    'Step {step} is outside the range of steps {from}–{to}; starting at step {start}.',
};
