import { useApp, useAppStore, useTrace } from '../StoreContext';
import { useT } from '../useT';
import { describeKeys, getCommand, runCommand, type CommandId } from '../commands';
import { CommandIcon } from './icons';

/** A button for one registered command: label, shortcut hint and enabled state come from the registry. */
export function CommandButton({ id, showLabel = false }: { id: CommandId; showLabel?: boolean }) {
  const store = useAppStore();
  const trace = useTrace();
  const command = getCommand(id);
  const labelKey = useApp((s) => command.label(s));
  const enabled = useApp((s) => command.enabled(s, trace));
  const playing = useApp((s) => s.playing);
  const t = useT();
  const label = t(labelKey);
  const icon = id === 'togglePlay' ? (playing ? 'pause' : 'play') : id;
  return (
    <button
      type="button"
      className={`cmd cmd-${id}`}
      data-command={id}
      aria-label={label}
      title={`${label} (${describeKeys(command)})`}
      disabled={!enabled}
      onClick={() => runCommand(command, store)}
    >
      <CommandIcon name={icon} />
      {showLabel && <span className="cmd-label">{label}</span>}
    </button>
  );
}
