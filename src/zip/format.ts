/** The ZIP format's record signatures and numbers, shared by the reader and the writer. */
export const SIG_LOCAL = 0x04034b50;
export const SIG_CENTRAL = 0x02014b50;
export const SIG_DESCRIPTOR = 0x08074b50;
export const SIG_EOCD = 0x06054b50;
export const SIG_EOCD64 = 0x06064b50;
export const SIG_LOCATOR64 = 0x07064b50;
/** A 32-bit field at this value means "see the ZIP64 record". */
export const U32_MAX = 0xffffffff;
export const METHOD_STORED = 0;
export const METHOD_DEFLATE = 8;
