/**
 * Maps a status word to one of four fixed CSS classes; capsule text never becomes a class
 * name or attribute value, so it cannot break out of one.
 */
export function statusClass(status: string | null | undefined): 'ok' | 'bad' | 'warn' | 'neutral' {
  switch (status) {
    case 'pass':
    case 'promote':
      return 'ok';
    case 'fail':
    case 'block':
      return 'bad';
    case 'warn':
    case 'manual-review':
      return 'warn';
    default:
      return 'neutral';
  }
}
