// Types for formats.cjs.
import type { Format } from 'ajv';

export declare const fullFormats: Record<string, Format>;
export declare function isPlainUri(str: string): boolean;
