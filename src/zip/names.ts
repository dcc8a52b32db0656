/**
 * Entry names a capsule may hold: safe to unpack anywhere (no climbing out, no absolute or
 * drive paths) and portable, so every file system a reviewer checks it out on (ext4, APFS,
 * NTFS) holds exactly the files the manifest lists, under the names it lists.
 */

/** ext4 and APFS cap a name at 255 bytes, NTFS at 255 UTF-16 units: the byte cap satisfies all three. */
export const MAX_NAME_SEGMENT_BYTES = 255;
/** Leaves room under macOS's 1024-byte PATH_MAX for the folder a capsule is unpacked into. */
export const MAX_NAME_BYTES = 512;

/** Windows reserves these as devices in any folder and with any extension ("con.txt", "LPT1.log"). */
const RESERVED = /^(?:con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** A name's bytes as stored, the UTF-8 flag, and the name as decoded. */
export interface EntryName {
  raw: Buffer;
  utf8Flag: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** What is wrong with one name, or null. */
export function entryNameProblem(entry: EntryName): string | null {
  let name: string;
  try {
    name = utf8.decode(entry.raw);
  } catch {
    return `entry name bytes ${entry.raw.toString('hex')} are not UTF-8`;
  }
  const q = JSON.stringify(name);
  if (!entry.utf8Flag && /[^\x20-\x7e]/.test(name)) return `${q}: non-ASCII name without the UTF-8 flag (would be read as CP437)`;
  if (name !== name.normalize('NFC')) return `${q}: name is not Unicode NFC`;
  if (name.length === 0) return 'empty entry name';
  if (/[\x00-\x1f\x7f]/.test(name)) return `${q}: control character in name`;
  if (/[\p{Cf}\p{Zl}\p{Zp}]/u.test(name)) return `${q}: invisible format character (bidi override, zero-width or similar) in name`;
  if (name.includes('\\')) return `${q}: backslash in name`;
  if (name.startsWith('/')) return `${q}: absolute path`;
  if (/^[A-Za-z]:/.test(name)) return `${q}: drive-letter path`;
  if (entry.raw.length > MAX_NAME_BYTES) return `${q}: ${entry.raw.length}-byte name, longer than the ${MAX_NAME_BYTES} bytes a capsule name may be`;
  // A directory entry ("dir/") is judged by capsule_entries_valid; its path is checked like a file's.
  const parts = name.replace(/\/$/, '').split('/');
  if (parts.some((p) => p === '..')) return `${q}: ".." path segment (zip-slip)`;
  if (parts.some((p) => p === '.' || p === '')) return `${q}: empty or "." path segment`;
  for (const part of parts) {
    if (Buffer.byteLength(part) > MAX_NAME_SEGMENT_BYTES) return `${q}: a ${Buffer.byteLength(part)}-byte path segment, longer than the ${MAX_NAME_SEGMENT_BYTES} bytes file systems hold`;
    if (/[. ]$/.test(part)) return `${q}: segment ${JSON.stringify(part)} ends in a dot or space (Windows drops it)`;
    if (RESERVED.test(part.split('.')[0]!.trimEnd())) return `${q}: segment ${JSON.stringify(part)} is a reserved device name on Windows`;
  }
  return null;
}

/**
 * Names that one case-insensitive file system (the default on Windows and macOS) would make
 * one file, and a name that is also another name's folder ("a" and "a/b").
 */
export function entryNameCollisions(names: string[]): string[] {
  const problems: string[] = [];
  const byFolded = new Map<string, string>();
  for (const name of names) {
    const key = fold(name);
    const other = byFolded.get(key);
    if (other !== undefined && other !== name) problems.push(`${JSON.stringify(name)}: differs from ${JSON.stringify(other)} only by case or Unicode form`);
    else byFolded.set(key, name);
  }
  for (const name of names) {
    const parts = fold(name).split('/');
    for (let i = 1; i < parts.length; i++) {
      const folder = byFolded.get(parts.slice(0, i).join('/'));
      if (folder !== undefined) {
        problems.push(`${JSON.stringify(name)}: its folder ${JSON.stringify(folder)} is also a file in the capsule`);
        break;
      }
    }
  }
  return problems;
}

function fold(name: string): string {
  return name.normalize('NFC').toLowerCase().normalize('NFC');
}
