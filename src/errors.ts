/**
 * The one error type of the engine. `code` is stable and machine-readable; the message
 * names the file and what is wrong so a user can fix it without reading code.
 */
export interface ErrorLocation {
  file?: string;
  pointer?: string;
  line?: number;
  column?: number;
}

export class CapsuleError extends Error {
  readonly code: string;
  readonly location: ErrorLocation;
  readonly details: Record<string, unknown>;

  constructor(code: string, message: string, location: ErrorLocation = {}, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'CapsuleError';
    this.code = code;
    this.location = location;
    this.details = details;
  }
}
