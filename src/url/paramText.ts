import { PARAM_NAMES, PARAM_SPECS, type ParamName, type Params } from '../sim/index';

const SUFFIXES = [
  ['g', 1024 ** 3],
  ['m', 1024 ** 2],
  ['k', 1024],
] as const;

/**
 * A parameter value as a person would type it, and as parseParam reads it back: sizes that are exact
 * multiples of a binary unit get its suffix (1073741824 → "1g", 65536 → "64k"); counts and choices stay as
 * they are. Pure.
 */
export function formatParamValue(name: ParamName, value: Params[ParamName]): string {
  const spec = PARAM_SPECS[name];
  if (typeof value === 'string' || spec.kind !== 'size' || value === 0) return String(value);
  for (const [suffix, unit] of SUFFIXES) {
    if (value % unit === 0) return `${value / unit}${suffix}`;
  }
  return String(value);
}

/** Every parameter of a resolved set as text (what the parameters panel shows). */
export function formatParams(params: Params): Record<ParamName, string> {
  const out = {} as Record<ParamName, string>;
  for (const name of PARAM_NAMES) out[name] = formatParamValue(name, params[name]);
  return out;
}
