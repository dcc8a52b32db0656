// The string formats the precompiled validators check (they require this file where Ajv's code names
// "ajv-formats/dist/formats"): ajv-formats' full set, with `uri` given a fast path. Its regex is a
// kilobyte of alternatives under /i that V8 compiles on the first call and again, to machine code, on
// the second: about 3 ms of every verify, for a handful of plain https: and urn-style names.
"use strict";
const { fullFormats } = require("ajv-formats/dist/formats");

// A sub-language of ajv-formats' URI pattern: scheme ":" then "//" reg-name path-abempty or
// path-rootless, then query and fragment, with no IP literal, userinfo or port. Each part below is
// the same part of that pattern with fewer alternatives (ASCII letters spelled out where the pattern
// has /i), so every string it accepts the full check accepts too. The full check still decides every
// other string: the format accepts and rejects exactly the strings it did
// (test/schemas/formats.test.ts).
const REG_NAME = "(?:[A-Za-z0-9._~!$&'()*+,;=-]|%[0-9A-Fa-f]{2})";
const PCHAR = "(?:[A-Za-z0-9._~!$&'()*+,;=:@-]|%[0-9A-Fa-f]{2})";
const QUERY_CHAR = "(?:[A-Za-z0-9._~!$&'()*+,;=:@/?-]|%[0-9A-Fa-f]{2})";
const PLAIN_URI = new RegExp(
  `^[A-Za-z][A-Za-z0-9+.-]*:(?://${REG_NAME}*|${PCHAR}+)(?:/${PCHAR}*)*(?:\\?${QUERY_CHAR}*)?(?:#${QUERY_CHAR}*)?$`,
);

/** ajv-formats' `uri`: the plain common case by the small pattern, anything else by the full one. */
function uri(str) {
  return PLAIN_URI.test(str) || fullFormats.uri(str);
}

exports.fullFormats = { ...fullFormats, uri };
/** The fast path alone, for the test that it never accepts what the full check rejects. */
exports.isPlainUri = (str) => PLAIN_URI.test(str);
