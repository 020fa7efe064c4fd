import type { ParamName } from '../params';

/** The named constants that stand for the scenario parameters: links and CLI flags override them. */
export const PARAM_CONSTANTS: { readonly [name: string]: ParamName } = {
  F: 'file',
  B: 'buf',
  PAGE: 'page',
  CACHE: 'cache',
  SG: 'sg',
  LOOP: 'loop',
  ARCH: 'arch',
  RA: 'ra',
  FA: 'fa',
  ALIGN: 'align',
  BUFOFF: 'bufoff',
  PAGES: 'pages',
  SNDBUF: 'sndbuf',
  AUTOCORK: 'autocork',
  PRESET: 'preset',
  COSTS: 'costs',
  SYNC: 'sync',
  METHOD: 'method',
  MSS: 'mss',
  COALESCE: 'coalesce',
  EXPIRE: 'expire',
  RAKB: 'rakb',
  FS: 'fs',
  BATCH: 'batch',
  SQPOLL: 'sqpoll',
  OP: 'op',
  NIC: 'nic',
  MODE: 'mode',
  SENDFILE: 'sendfile',
  CONSUMERS: 'consumers',
  FETCH: 'fetch',
  SIDE: 'side',
  DIRECTIO: 'directio',
  NOPUSH: 'nopush',
};

/** The constant's name for each parameter (file → F). */
export const CONSTANT_OF: { readonly [P in ParamName]: string } = Object.fromEntries(
  Object.entries(PARAM_CONSTANTS).map(([c, p]) => [p, c]),
) as { [P in ParamName]: string };
