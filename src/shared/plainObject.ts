// What every guard of the extension ↔ webview contract asks first of a value that crossed the boundary.

export type Obj = Readonly<Record<string, unknown>>;

/** A plain object (what a message becomes after crossing the boundary), not an array, nor an object inheriting fields. */
export const isObj = (v: unknown): v is Obj => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    return false;
  }
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};
