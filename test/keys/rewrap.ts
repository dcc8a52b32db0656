/** The same key's PEM, spelled differently: what a revocation by PEM-text hash would miss. */
export function rewrappedPems(pem: string): Record<string, string> {
  const body = pem.split('\n').filter((l) => l && !l.startsWith('-----')).join('');
  const wrap = (width: number) => body.match(new RegExp(`.{1,${width}}`, 'g'))!.join('\n');
  return {
    crlf: pem.replace(/\n/g, '\r\n'),
    '76-column': `-----BEGIN PUBLIC KEY-----\n${wrap(76)}\n-----END PUBLIC KEY-----\n`,
    '16-column': `-----BEGIN PUBLIC KEY-----\n${wrap(16)}\n-----END PUBLIC KEY-----\n`,
    'no final newline': pem.slice(0, -1),
  };
}
