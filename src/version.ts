/** The tool's version, written into every document it produces. Bump with package.json. */
export const TOOL_NAME = 'proof-capsule';
export const TOOL_VERSION = '0.1.0';
