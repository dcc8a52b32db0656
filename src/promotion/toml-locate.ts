/**
 * Line and column of the key a JSON pointer names in a TOML text. smol-toml does not
 * report positions of values, so schema errors in a TOML policy are located at the line
 * of the key (or table header) they concern; array indexes resolve to the array's key.
 */
export function locateTomlPointer(text: string, pointer: string): { line: number; column: number } {
  const wanted = pointer
    .split('/')
    .slice(1)
    .filter((token) => !/^\d+$/.test(token))
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
  let table: string[] = [];
  let best = { line: 1, column: 1, depth: 0 };
  text.split('\n').forEach((raw, index) => {
    const header = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$/.exec(raw);
    const assignment = /^(\s*)([A-Za-z0-9_."'-][A-Za-z0-9_.\s"'-]*?)\s*=/.exec(raw);
    let path: string[] | undefined;
    let column = 1;
    if (header) {
      table = splitDottedKey(header[1]!);
      path = table;
      column = raw.indexOf('[') + 1;
    } else if (assignment) {
      path = [...table, ...splitDottedKey(assignment[2]!)];
      column = assignment[1]!.length + 1;
    }
    if (!path || path.length > wanted.length || !path.every((part, i) => part === wanted[i])) return;
    if (path.length > best.depth) best = { line: index + 1, column, depth: path.length };
  });
  return { line: best.line, column: best.column };
}

function splitDottedKey(key: string): string[] {
  return (key.match(/"[^"]*"|'[^']*'|[^.\s]+/g) ?? []).map((part) => part.replace(/^["']|["']$/g, ''));
}
