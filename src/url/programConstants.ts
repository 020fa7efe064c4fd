import { PARAM_CONSTANTS, PARAM_SPECS, type ParamName, type Params } from '../sim/index';

/** The constant that stands for a parameter in a program (file → F). */
export function constantOf(name: ParamName): string {
  return Object.keys(PARAM_CONSTANTS).find((c) => PARAM_CONSTANTS[c] === name)!;
}

/** A parameter value as the language writes it: a number, or a quoted choice. */
function literal(name: ParamName, value: Params[ParamName]): string {
  return PARAM_SPECS[name].kind === 'choice' ? `"${String(value)}"` : String(value);
}

/**
 * The program with `const <C> = …;` of parameter `name` set to `value` at every top-level line that declares
 * it; the text unchanged when it declares none (getProgramParams says which it does). A parameter set from a
 * link or the parameters panel rewrites the program's own constant, so the text stays the whole input. Pure.
 */
export function setProgramConstant(text: string, name: ParamName, value: Params[ParamName]): string {
  const c = constantOf(name);
  const decl = new RegExp(`^([ \\t]*const[ \\t]+${c}[ \\t]*=[ \\t]*)([^;\\n]*)(;)`, 'gm');
  return text.replace(
    decl,
    (_m, head: string, _old: string, semi: string) => head + literal(name, value) + semi,
  );
}
