/** Where bytes or page references can be: the boxes of the machine view. */
export const LOCATIONS = [
  'none',
  'disk',
  'pagecache',
  'user',
  'mapping',
  'skb',
  'pipe',
  'nic',
  'wire',
  'anon',
  'kstack',
] as const;
export type Loc = (typeof LOCATIONS)[number];
