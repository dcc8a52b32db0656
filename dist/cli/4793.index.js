export const id = 4793;
export const ids = [4793,7620,7348,4967];
export const modules = {

/***/ 779:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
function fmtDef(validate, compare) {
    return { validate, compare };
}
exports.fullFormats = {
    // date: http://tools.ietf.org/html/rfc3339#section-5.6
    date: fmtDef(date, compareDate),
    // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
    time: fmtDef(getTime(true), compareTime),
    "date-time": fmtDef(getDateTime(true), compareDateTime),
    "iso-time": fmtDef(getTime(), compareIsoTime),
    "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
    // duration: https://tools.ietf.org/html/rfc3339#appendix-A
    duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
    uri,
    "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
    // uri-template: https://tools.ietf.org/html/rfc6570
    "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
    // For the source: https://gist.github.com/dperini/729294
    // For test cases: https://mathiasbynens.be/demo/url-regex
    url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
    email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
    hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
    // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
    ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
    ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
    regex,
    // uuid: http://tools.ietf.org/html/rfc4122
    uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
    // JSON-pointer: https://tools.ietf.org/html/rfc6901
    // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
    "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
    "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
    // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
    "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
    // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
    // byte: https://github.com/miguelmota/is-base64
    byte,
    // signed 32 bit integer
    int32: { type: "number", validate: validateInt32 },
    // signed 64 bit integer
    int64: { type: "number", validate: validateInt64 },
    // C-type float
    float: { type: "number", validate: validateNumber },
    // C-type double
    double: { type: "number", validate: validateNumber },
    // hint to the UI to hide input strings
    password: true,
    // unchecked string payload
    binary: true,
};
exports.fastFormats = {
    ...exports.fullFormats,
    date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
    time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
    "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
    "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
    "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
    // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
    uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
    "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
    // email (sources from jsen validator):
    // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
    // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
    email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
};
exports.formatNames = Object.keys(exports.fullFormats);
function isLeapYear(year) {
    // https://tools.ietf.org/html/rfc3339#appendix-C
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function date(str) {
    // full-date from http://tools.ietf.org/html/rfc3339#section-5.6
    const matches = DATE.exec(str);
    if (!matches)
        return false;
    const year = +matches[1];
    const month = +matches[2];
    const day = +matches[3];
    return (month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]));
}
function compareDate(d1, d2) {
    if (!(d1 && d2))
        return undefined;
    if (d1 > d2)
        return 1;
    if (d1 < d2)
        return -1;
    return 0;
}
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
function getTime(strictTimeZone) {
    return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
            return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || (strictTimeZone && !tz))
            return false;
        if (hr <= 23 && min <= 59 && sec < 60)
            return true;
        // leap second
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
    };
}
function compareTime(s1, s2) {
    if (!(s1 && s2))
        return undefined;
    const t1 = new Date("2020-01-01T" + s1).valueOf();
    const t2 = new Date("2020-01-01T" + s2).valueOf();
    if (!(t1 && t2))
        return undefined;
    return t1 - t2;
}
function compareIsoTime(t1, t2) {
    if (!(t1 && t2))
        return undefined;
    const a1 = TIME.exec(t1);
    const a2 = TIME.exec(t2);
    if (!(a1 && a2))
        return undefined;
    t1 = a1[1] + a1[2] + a1[3];
    t2 = a2[1] + a2[2] + a2[3];
    if (t1 > t2)
        return 1;
    if (t1 < t2)
        return -1;
    return 0;
}
const DATE_TIME_SEPARATOR = /t|\s/i;
function getDateTime(strictTimeZone) {
    const time = getTime(strictTimeZone);
    return function date_time(str) {
        // http://tools.ietf.org/html/rfc3339#section-5.6
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
    };
}
function compareDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const d1 = new Date(dt1).valueOf();
    const d2 = new Date(dt2).valueOf();
    if (!(d1 && d2))
        return undefined;
    return d1 - d2;
}
function compareIsoDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
    const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
    const res = compareDate(d1, d2);
    if (res === undefined)
        return undefined;
    return res || compareTime(t1, t2);
}
const NOT_URI_FRAGMENT = /\/|:/;
const URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
function uri(str) {
    // http://jmrware.com/articles/2009/uri_regexp/URI_regex.html + optional protocol + required "."
    return NOT_URI_FRAGMENT.test(str) && URI.test(str);
}
const BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
function byte(str) {
    BYTE.lastIndex = 0;
    return BYTE.test(str);
}
const MIN_INT32 = -(2 ** 31);
const MAX_INT32 = 2 ** 31 - 1;
function validateInt32(value) {
    return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
}
function validateInt64(value) {
    // JSON and javascript max Int is 2**53, so any int that passes isInteger is valid for Int64
    return Number.isInteger(value);
}
function validateNumber() {
    return true;
}
const Z_ANCHOR = /[^\\]\\Z/;
function regex(str) {
    if (Z_ANCHOR.test(str))
        return false;
    try {
        new RegExp(str);
        return true;
    }
    catch (e) {
        return false;
    }
}
//# sourceMappingURL=formats.js.map

/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 5944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ withBundleDefaults),
/* harmony export */   K: () => (/* binding */ BUNDLE_DEFAULTS)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/** What a bundle may leave out, and what it then gets (docs/bundle.md says the same). */
const BUNDLE_DEFAULTS = {
    licensePolicy: { allowAGPL: false },
    executor: { backendIntent: 'auto' },
    policy: { maxRunSeconds: 60, lane: 'dev', failOnTimeout: true, humanGateRequired: false },
};
/**
 * The bundle every later stage reads: the document as written, with each left-out field
 * filled (createdAt from the file's modification time). Keys only for editors (`$schema`,
 * `$comment`) are dropped. Runs after the schema check, which has already refused wrong types;
 * it is still defensive, because a bundle with schema errors is checked further to report
 * every problem at once.
 */
function withBundleDefaults(doc, file) {
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        return doc;
    const { $schema: _schema, $comment: _comment, ...rest } = doc;
    const b = rest;
    const metadata = isObject(b.metadata) ? b.metadata : {};
    const spec = isObject(b.spec) ? b.spec : {};
    return {
        ...b,
        metadata: {
            ...metadata,
            createdAt: metadata.createdAt ?? fileTime(file),
            licensePolicy: metadata.licensePolicy ?? { ...BUNDLE_DEFAULTS.licensePolicy },
        },
        spec: {
            ...spec,
            executor: spec.executor ?? { ...BUNDLE_DEFAULTS.executor },
            outputs: spec.outputs ?? [],
            policy: { ...BUNDLE_DEFAULTS.policy, ...(isObject(spec.policy) ? spec.policy : {}) },
        },
    };
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** `YYYY-MM-DDTHH:MM:SSZ`: the file's modification time, to the second. */
function fileTime(file) {
    return `${(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).mtime.toISOString().slice(0, 19)}Z`;
}


/***/ }),

/***/ 5106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  formatIssue: () => (/* binding */ formatIssue),
  validateBundle: () => (/* binding */ validateBundle),
  _: () => (/* binding */ validateBundleBytes)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/hash/sha256.ts
var sha256 = __webpack_require__(6813);
// EXTERNAL MODULE: ./src/fsio/read.ts
var read = __webpack_require__(1715);
// EXTERNAL MODULE: ./src/json/parse.ts
var parse = __webpack_require__(7105);
// EXTERNAL MODULE: ./src/schemas/registry.ts
var registry = __webpack_require__(3545);
// EXTERNAL MODULE: ./src/json/untrusted.ts
var untrusted = __webpack_require__(1940);
;// CONCATENATED MODULE: ./src/bundle/agentplane-map.ts



/** Defaults for agentplane policy fields the v0.1 schema leaves optional. */
const AGENTPLANE_POLICY_DEFAULTS = { maxRunSeconds: 300, lane: 'staging', failOnTimeout: true, humanGateRequired: false };
const INTENTS = { qemu: 'qemu', microvm: 'microvm', 'lima-process': 'process', fleet: 'auto' };
/** The mapped intent of a bundle with no `spec.vm` (the schema reports the missing block; no executor is claimed). */
const NO_VM_INTENT = 'agentplane:no-vm';
/** Native pointer prefix → the agentplane pointer it came from, so issues point into the file as written. */
const AGENTPLANE_POINTERS = [
    ['/spec/run/script', '/spec/smoke/script'],
    ['/spec/outputs', '/spec/artifacts/outDir'],
    ['/spec/executor/backendIntent', '/spec/vm/backendIntent'],
    ['/spec/executor/ref', '/spec/executor/ref'],
    ['/spec/executor/vm', '/spec/vm'],
];
/** agentplane's optional fields map to optional native ones: absent, never null. */
const str = (v) => (0,untrusted/* asString */.oJ)(v) ?? undefined;
/** Fields of `o` not in `used`, or undefined when none are left. */
function rest(o, used) {
    const left = Object.fromEntries(Object.entries(o).filter(([k]) => !used.includes(k)));
    return Object.keys(left).length > 0 ? left : undefined;
}
/**
 * agentplane resolves a bundle's paths (`spec.smoke.script: bundles/example-agent/smoke.sh`,
 * `spec.vm.modulePath`, `spec.artifacts.outDir`) from its repository root, where its runner
 * runs: the nearest folder above the bundle that holds `bundles/`, unless `--repo-root` names
 * one. Without either, the bundle's own folder is the root.
 */
function agentplaneRepoRoot(bundleDir, repoRoot) {
    if (repoRoot !== undefined)
        return (0,external_node_path_.resolve)(repoRoot);
    for (let dir = (0,external_node_path_.resolve)(bundleDir);; dir = (0,external_node_path_.dirname)(dir)) {
        const bundles = (0,external_node_path_.resolve)(dir, 'bundles');
        if ((0,external_node_fs_.existsSync)(bundles) && (0,external_node_fs_.statSync)(bundles).isDirectory())
            return dir;
        if ((0,external_node_path_.dirname)(dir) === dir)
            return (0,external_node_path_.resolve)(bundleDir);
    }
}
/** `./a//b/` → `a/b`: the form paths are compared and staged in. */
function tidy(p) {
    const n = external_node_path_.posix.normalize(p.replace(/\\/g, '/')).replace(/\/+$/, '');
    return n === '.' ? '.' : n.replace(/^\.\//, '');
}
/**
 * Maps an agentplane v0.1 document (already schema-checked) onto the native bundle, its paths
 * relative to the repository root as agentplane writes them; never throws.
 */
function mapAgentplaneBundle(doc) {
    const top = (0,untrusted/* asRecord */.qY)(doc);
    const metadata = (0,untrusted/* asRecord */.qY)(top.metadata);
    const spec = (0,untrusted/* asRecord */.qY)(top.spec);
    const vm = (0,untrusted/* asRecord */.qY)(spec.vm);
    const policy = (0,untrusted/* asRecord */.qY)(spec.policy);
    const secrets = (0,untrusted/* asRecord */.qY)(spec.secrets);
    const resources = (0,untrusted/* asRecord */.qY)(vm.resources);
    const licensePolicy = (0,untrusted/* asRecord */.qY)(metadata.licensePolicy);
    const git = (0,untrusted/* asRecord */.qY)((0,untrusted/* asRecord */.qY)(metadata.source).git);
    const outDir = tidy(str((0,untrusted/* asRecord */.qY)(spec.artifacts).outDir) ?? 'artifacts');
    const intent = str(vm.backendIntent);
    const networkMode = str((0,untrusted/* asRecord */.qY)(vm.network).mode);
    const keep = {};
    const metaRest = rest(metadata, ['name', 'version', 'createdAt', 'licensePolicy', 'source']);
    if (metaRest)
        keep.metadata = metaRest;
    for (const [key, value] of Object.entries(spec)) {
        if (key === 'smoke' || key === 'artifacts' || key === 'executor')
            continue;
        const left = key === 'policy' ? rest((0,untrusted/* asRecord */.qY)(value), Object.keys(AGENTPLANE_POLICY_DEFAULTS))
            : key === 'secrets' ? rest((0,untrusted/* asRecord */.qY)(value), ['required'])
                : value;
        if (left !== undefined)
            keep[key] = left;
    }
    const bundle = {
        apiVersion: 'proofcapsule.dev/v1',
        kind: 'Bundle',
        metadata: {
            name: str(metadata.name) ?? '',
            version: str(metadata.version) ?? '',
            createdAt: str(metadata.createdAt) ?? '',
            licensePolicy: { allowAGPL: licensePolicy.allowAGPL, ...(str(licensePolicy.notes) ? { notes: str(licensePolicy.notes) } : {}) },
            ...(typeof git.rev === 'string' && typeof git.dirty === 'boolean' ? { source: { git: { rev: git.rev, dirty: git.dirty } } } : {}),
        },
        spec: {
            run: { script: str((0,untrusted/* asRecord */.qY)(spec.smoke).script) === undefined ? '' : tidy(str((0,untrusted/* asRecord */.qY)(spec.smoke).script)) },
            ...(Array.isArray(secrets.required) ? { secrets: { required: secrets.required } } : {}),
            executor: {
                // An intent we cannot run keeps its agentplane name, so the diagnostic names it.
                backendIntent: INTENTS[intent ?? ''] ?? (intent ?? NO_VM_INTENT),
                ...(str((0,untrusted/* asRecord */.qY)(spec.executor).ref) ? { ref: str((0,untrusted/* asRecord */.qY)(spec.executor).ref) } : {}),
                vm: {
                    ...(typeof resources.memMiB === 'number' ? { memMiB: resources.memMiB } : {}),
                    ...(typeof resources.vcpu === 'number' ? { vcpu: resources.vcpu } : {}),
                    network: networkMode !== undefined && networkMode !== 'none',
                },
            },
            outputs: [{ path: `${outDir}/**`, kind: 'file' }],
            validations: [{ label: 'smoke script exits 0', kind: 'exit-code', equals: 0 }],
            policy: {
                maxRunSeconds: typeof policy.maxRunSeconds === 'number' ? policy.maxRunSeconds : AGENTPLANE_POLICY_DEFAULTS.maxRunSeconds,
                lane: (str(policy.lane) ?? AGENTPLANE_POLICY_DEFAULTS.lane),
                failOnTimeout: typeof policy.failOnTimeout === 'boolean' ? policy.failOnTimeout : AGENTPLANE_POLICY_DEFAULTS.failOnTimeout,
                humanGateRequired: typeof policy.humanGateRequired === 'boolean' ? policy.humanGateRequired : AGENTPLANE_POLICY_DEFAULTS.humanGateRequired,
            },
            artifacts: { outDir },
        },
    };
    if (Object.keys(keep).length > 0)
        bundle['x-agentplane'] = keep;
    return bundle;
}

// EXTERNAL MODULE: ./src/bundle/paths.ts
var paths = __webpack_require__(4792);
;// CONCATENATED MODULE: ./src/bundle/checks.ts




const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const AGPL = 'GNU AFFERO GENERAL PUBLIC LICENSE';
const LICENSE_FILE = /^(LICEN[CS]E|COPYING)(\.[A-Za-z0-9]+)?$/i;
const arr = (v) => (Array.isArray(v) ? v : []);
function checkLicensePolicy(b) {
    if (b.metadata?.licensePolicy?.allowAGPL === false)
        return [];
    return [{ check: 'license-policy', pointer: '/metadata/licensePolicy/allowAGPL', message: 'AGPL bundles are refused: metadata.licensePolicy.allowAGPL must be declared false' }];
}
/** A LICENSE/COPYING file at the top of the bundle folder that is the AGPL refuses the bundle. */
function checkLicenseFiles(dir) {
    const issues = [];
    for (const name of (0,external_node_fs_.readdirSync)(dir).filter((n) => LICENSE_FILE.test(n)).sort()) {
        const file = (0,external_node_path_.join)(dir, name);
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(file, 'utf8');
        }
        catch {
            continue;
        }
        const offset = text.toUpperCase().indexOf(AGPL);
        if (offset < 0)
            continue;
        const before = text.slice(0, offset).split('\n');
        issues.push({
            check: 'license-file',
            pointer: '',
            message: `${name} is the GNU AGPL: AGPL bundles are refused`,
            at: { file, line: before.length, column: before[before.length - 1].length + 1 },
        });
    }
    return issues;
}
function checkBundlePaths(b, dir, base = 'the bundle folder') {
    const issues = [];
    const mustExist = (pointer, p, what) => {
        if (typeof p !== 'string')
            return;
        const r = (0,paths/* resolveInside */.LI)(dir, p, base);
        if ('problem' in r)
            issues.push({ check: 'paths-inside-bundle', pointer, message: `${what} ${JSON.stringify(p)} ${r.problem}` });
    };
    const mustStayInside = (pointer, p, what) => {
        if (typeof p !== 'string')
            return;
        const problem = (0,paths/* relativePathProblem */.BE)(p, base);
        if (problem)
            issues.push({ check: 'paths-inside-bundle', pointer, message: `${what} ${JSON.stringify(p)} ${problem}` });
    };
    mustExist('/spec/run/script', b.spec?.run?.script, 'script');
    mustStayInside('/spec/run/cwd', b.spec?.run?.cwd, 'cwd');
    arr(b.spec?.inputs).forEach((input, i) => mustExist(`/spec/inputs/${i}/path`, input?.path, 'input'));
    arr(b.spec?.outputs).forEach((output, i) => mustStayInside(`/spec/outputs/${i}/path`, output?.path, 'output glob'));
    arr(b.spec?.validations).forEach((v, i) => mustStayInside(`/spec/validations/${i}/path`, v?.path, 'validation path'));
    mustStayInside('/spec/artifacts/outDir', b.spec?.artifacts?.outDir, 'artifacts.outDir');
    const modulePath = b['x-agentplane']?.vm?.modulePath;
    mustStayInside('/spec/vm/modulePath', modulePath, 'vm.modulePath');
    return issues;
}
function checkSecretNames(b) {
    const issues = [];
    arr(b.spec?.secrets?.required).forEach((name, i) => {
        if (typeof name === 'string' && !ENV_NAME.test(name)) {
            issues.push({ check: 'secret-names', pointer: `/spec/secrets/required/${i}`, message: `secret name ${JSON.stringify(name)} is not a valid environment variable name` });
        }
    });
    for (const key of Object.keys(b.spec?.run?.env ?? {})) {
        if (!ENV_NAME.test(key))
            issues.push({ check: 'secret-names', pointer: `/spec/run/env/${key}`, message: `env name ${JSON.stringify(key)} is not a valid environment variable name` });
    }
    return issues;
}
/** agentplane intents with no executor here keep their name through the mapping; a missing vm block is the schema's to report. */
function checkSupportedBackend(b) {
    const intent = b.spec?.executor?.backendIntent;
    if (intent === undefined || intent === NO_VM_INTENT || ['auto', 'process', 'qemu', 'microvm'].includes(intent))
        return [];
    const why = intent === 'agent-machine' ? ' (SourceOS Agent Machine Podman workspaces)' : '';
    return [{ check: 'supported-backend', pointer: '/spec/executor/backendIntent', message: `backendIntent ${intent}${why} has no proof-capsule executor; use qemu, microvm, lima-process or fleet` }];
}
/**
 * Every semantic check, in a fixed order; each is defensive because the schema may have failed.
 * `dir` is where the bundle's paths resolve; license files are looked for there and in `bundleDir`.
 */
function checkBundle(b, dir, options = {}) {
    const licenseDirs = [...new Set([dir, options.bundleDir ?? dir])];
    return [...checkLicensePolicy(b), ...licenseDirs.flatMap(checkLicenseFiles), ...checkBundlePaths(b, dir, options.base), ...checkSecretNames(b), ...checkSupportedBackend(b)];
}

// EXTERNAL MODULE: ./src/bundle/defaults.ts
var defaults = __webpack_require__(5944);
// EXTERNAL MODULE: ./src/bundle/locate.ts
var locate = __webpack_require__(9328);
;// CONCATENATED MODULE: ./src/bundle/validate.ts












const AGENTPLANE_API_VERSION = 'agentplane.socioprophet.org/v0.1';
/**
 * Reads (a folder means its bundle.json), schema-checks, maps (agentplane v0.1 → native) and semantically checks a bundle.
 * Every problem is reported at once in ONE CapsuleError('bundle_invalid') whose details
 * hold `issues: BundleIssue[]`, each with file, JSON pointer and line:column.
 */
function validateBundle(path, options = {}) {
    const file = (0,locate/* locateBundleFile */.T)(path);
    // One read: the digest recorded is of the bytes that were validated.
    const bytes = (0,read/* readFileCapped */.uh)(file);
    const doc = (0,parse/* parseJsonStrict */.jM)(bytes.toString('utf8'), file);
    const bundleDir = (0,external_node_path_.dirname)(file);
    const agentplane = doc.value?.apiVersion === AGENTPLANE_API_VERSION;
    if (!agentplane)
        return checkedBundle(bytes, doc, bundleDir);
    const dir = agentplaneRepoRoot(bundleDir, options.repoRoot);
    const schemaIssues = (0,registry/* validateAgainst */.sq)('agentplane-bundle', doc.value, doc).map((i) => ({ ...i, file, check: 'schema' }));
    const bundle = mapAgentplaneBundle(doc.value);
    const outsideRoot = (0,paths/* isInside */.FK)(dir, file) ? [] : [{ check: 'paths-inside-bundle', pointer: '', message: `the bundle is not inside the repository root ${dir} (--repo-root)` }];
    const semantic = [...outsideRoot, ...checkBundle(bundle, dir, { base: 'the repository root', bundleDir })].map((i) => locateIssue(i, doc, agentplanePointer));
    throwIfIssues(file, schemaIssues, semantic);
    return {
        bundle,
        path: file,
        dir,
        ...(dir !== bundleDir ? { stage: stagePaths(bundle, dir, bundleDir) } : {}),
        sha256: (0,sha256/* sha256Hex */.fg)(bytes),
        format: 'agentplane.v0.1',
        original: doc.value,
    };
}
/**
 * A native bundle held in memory (the one `capsule run -- CMD` writes): the same schema and
 * semantic checks as a bundle file, its paths resolved in `dir` (the folder the command runs
 * in). `file` is where the caller writes exactly `bytes`, and names the bundle in messages.
 */
function validateBundleBytes(bytes, file, dir) {
    return checkedBundle(bytes, (0,parse/* parseJsonStrict */.jM)(bytes.toString('utf8'), file), dir);
}
/** Schema, defaults and semantic checks of a native bundle whose paths resolve in `dir`. */
function checkedBundle(bytes, doc, dir) {
    const schemaIssues = (0,registry/* validateAgainst */.sq)('bundle', doc.value, doc).map((i) => ({ ...i, file: doc.file, check: 'schema' }));
    const bundle = (0,defaults/* withBundleDefaults */.$)(doc.value, doc.file);
    throwIfIssues(doc.file, schemaIssues, checkBundle(bundle, dir).map((i) => locateIssue(i, doc, (p) => p)));
    return { bundle, path: doc.file, dir, sha256: (0,sha256/* sha256Hex */.fg)(bytes), format: 'proofcapsule.v1', original: doc.value };
}
/** Every problem at once; a semantic check that speaks about the same value says it better than the schema (e.g. AGPL). */
function throwIfIssues(file, schemaIssues, semantic) {
    const issues = [...schemaIssues.filter((i) => !semantic.some((s) => s.pointer === i.pointer)), ...semantic];
    if (issues.length > 0)
        throw bundleInvalid(file, issues);
}
/**
 * What of a repository a bundle rooted above its folder needs, by root-relative path: its own
 * folder and the files it names (smoke script, VM module), laid out as in the repository so
 * every path resolves the same way in the workspace and in the capsule's bundle/ copy.
 */
function stagePaths(bundle, root, bundleDir) {
    const folder = (0,external_node_path_.relative)(root, bundleDir).split(external_node_path_.sep).join('/');
    const named = [bundle.spec.run.script, bundle['x-agentplane']?.vm?.modulePath]
        .filter((p) => typeof p === 'string' && p !== '')
        .map(tidy)
        .filter((p) => p !== folder && !p.startsWith(`${folder}/`) && (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(root, p)));
    return [...new Set([folder, ...named])].sort();
}
function agentplanePointer(pointer) {
    const hit = AGENTPLANE_POINTERS.find(([native]) => pointer === native || pointer.startsWith(`${native}/`));
    return hit ? hit[1] : pointer;
}
function locateIssue(issue, doc, toOriginal) {
    const pointer = issue.at ? issue.pointer : toOriginal(issue.pointer);
    const at = issue.at ?? { file: doc.file, ...doc.locate(pointer) };
    return { check: issue.check, pointer, message: issue.message, file: at.file, line: at.line, column: at.column };
}
/** `file:line:col pointer: message`, the line format of `capsule validate`. */
function formatIssue(i) {
    return `${i.file}:${i.line ?? 1}:${i.column ?? 1} ${i.pointer || '/'}: ${i.message}`;
}
function bundleInvalid(file, issues) {
    const first = issues[0];
    return new errors/* CapsuleError */.Mu('bundle_invalid', `${file}: invalid bundle (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`, { file: first.file, pointer: first.pointer, line: first.line, column: first.column }, { file, issues });
}


/***/ }),

/***/ 6813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   Y5: () => (/* binding */ SHA256_HEX),
/* harmony export */   ch: () => (/* binding */ sha256Chunks),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   ws: () => (/* binding */ DIGEST_READ_BYTES)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);


function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/** Reads for a digest are this large. */
const DIGEST_READ_BYTES = 1 << 20;
/** Streams the file: memory does not grow with its size. */
async function sha256File(path) {
    return sha256Chunks((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path, { highWaterMark: DIGEST_READ_BYTES }));
}
/** The digest of every chunk a stream gives (a file's read stream, say), in order. */
async function sha256Chunks(chunks) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    for await (const chunk of chunks) {
        hash.update(chunk);
        size += chunk.length;
    }
    return { sha256: hash.digest('hex'), size };
}
const SHA256_HEX = /^[0-9a-f]{64}$/;


/***/ }),

/***/ 1940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P7: () => (/* binding */ asStrings),
/* harmony export */   _j: () => (/* binding */ asArray),
/* harmony export */   i: () => (/* binding */ asNumber),
/* harmony export */   oJ: () => (/* binding */ asString),
/* harmony export */   qY: () => (/* binding */ asRecord),
/* harmony export */   tB: () => (/* binding */ asBoolean)
/* harmony export */ });
function asRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
}
function asArray(value) {
    return Array.isArray(value) ? value : [];
}
function asString(value) {
    return typeof value === 'string' ? value : null;
}
function asNumber(value) {
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
function asBoolean(value) {
    return typeof value === 'boolean' ? value : null;
}
function asStrings(value) {
    return asArray(value).filter((v) => typeof v === 'string');
}


/***/ })

};
