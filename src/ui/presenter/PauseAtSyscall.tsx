import { useApp, useAppStore } from '../StoreContext';
import { useT } from '../useT';

/** A switch for `pause=syscall`: playback stops by itself at every system call boundary. */
export function PauseAtSyscall() {
  const store = useAppStore();
  const on = useApp((s) => s.pauseAt === 'syscall');
  const t = useT();
  return (
    <label className="presenter-pause">
      <input
        type="checkbox"
        checked={on}
        data-share="pause-syscall"
        onChange={(e) => store.getState().setPauseAt(e.currentTarget.checked ? 'syscall' : 'none')}
      />
      <span>{t('share.present.pauseSyscall')}</span>
    </label>
  );
}
