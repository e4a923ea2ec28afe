// Compile-time checks that hold hand-written contract types to the gateway's generated document: a module lists its
// checks as `export type ContractChecks = Holds<[Fits<…>, Same<…>, …]>`, and a check that is false fails `tsc` there.

/** What the server sends can be read as the type the console reads (extra properties on the server's side are fine). */
export type Fits<Sent, Read> = [Sent] extends [Read] ? true : false;
/** The two types are the same (each fits the other): for enums and for shapes the console must follow exactly. */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compiles only when every check is true. */
export type Holds<T extends true[]> = T;

/** A list the console iterates over that names every value of the generated enum U (tsc says which one is missing). */
export const every =
  <U extends string>() =>
  <const L extends readonly U[]>(list: L & ([U] extends [L[number]] ? unknown : { missing: Exclude<U, L[number]> })): L =>
    list;
