/** Code-unit order (not locale order, which varies by machine), so sorted output is byte-stable everywhere. */
export function byText<T>(text: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    const x = text(a);
    const y = text(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };
}
