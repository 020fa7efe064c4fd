import { PARAM_CONSTANTS, PARAM_SPECS, type ParamName, type Params } from '../sim/index';

/** The constant that stands for a parameter in a program (file → F). */
export function constantOf(name: ParamName): string {
  return Object.keys(PARAM_CONSTANTS).find((c) => PARAM_CONSTANTS[c] === name)!;
}

/** A parameter value as the language writes it: a number, or a quoted choice. */
function literal(name: ParamName, value: Params[ParamName]): string {
  return PARAM_SPECS[name].kind === 'choice' ? `"${String(value)}"` : String(value);
}

/** The `const <C> = …;` lines setProgramConstant rewrites: top-level declarations of a parameter's constant. */
function declaration(c: string): RegExp {
  return new RegExp(`^([ \\t]*const[ \\t]+${c}[ \\t]*=[ \\t]*)([^;\\n]*)(;)`, 'gm');
}

/**
 * The parameters whose constants the text declares (the ones setProgramConstant can set), in PARAM_NAMES
 * order. Read from the text as setProgramConstant writes it, so the page needs no parser (the worker
 * parses the program when it runs it).
 */
export function declaredParams(text: string): ParamName[] {
  return (Object.keys(PARAM_SPECS) as ParamName[]).filter((name) => declaration(constantOf(name)).test(text));
}

/**
 * The program with `const <C> = …;` of parameter `name` set to `value` at every top-level line that declares
 * it; the text unchanged when it declares none (declaredParams says which it does). A parameter set from a
 * link or the parameters panel rewrites the program's own constant, so the text stays the whole input. Pure.
 */
export function setProgramConstant(text: string, name: ParamName, value: Params[ParamName]): string {
  return text.replace(
    declaration(constantOf(name)),
    (_m, head: string, _old: string, semi: string) => head + literal(name, value) + semi,
  );
}
