/** 24×24 glyphs for the playback buttons, drawn in currentColor so every theme colours them. */
const PATHS: Record<string, string> = {
  play: 'M7 4.5v15l13-7.5z',
  pause: 'M6 4.5h4.5v15H6zM13.5 4.5H18v15h-4.5z',
  restart: 'M5 4.5h2.5v15H5zM20 4.5v15L9 12z',
  end: 'M16.5 4.5H19v15h-2.5zM4 4.5v15L15 12z',
  stepBack: 'M17 4.5v15L6 12z',
  stepForward: 'M7 4.5v15L18 12z',
  prevSyscall: 'M12 4.5v15L3 12zM21 4.5v15L12 12z',
  nextSyscall: 'M3 4.5v15l9-7.5zM12 4.5v15l9-7.5z',
  slower: 'M5 11h14v2.5H5z',
  faster: 'M5 11h6V5h2.5v6h6v2.5h-6v6H11v-6H5z',
};

export function CommandIcon({ name }: { name: string }) {
  const d = PATHS[name];
  if (!d) return null;
  return (
    <svg className="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <path d={d} fill="currentColor" />
    </svg>
  );
}
