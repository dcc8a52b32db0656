export const id = 8281;
export const ids = [8281,7620,7348];
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

/***/ 5462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ createRedactor)
/* harmony export */ });
/** What replaces a secret value in stored and streamed output. */
const REDACTED = Buffer.from('[REDACTED]');
/**
 * Streaming redaction of byte strings. Output that could still be the start of a secret
 * is held back until the next chunk (or `end`), so a secret split across chunk
 * boundaries is still caught.
 */
function createRedactor(secretValues) {
    const secrets = [...new Set(secretValues.filter((s) => s.length > 0))].map((s) => Buffer.from(s)).sort((a, b) => b.length - a.length);
    const hold = secrets.length > 0 ? secrets[0].length - 1 : 0;
    let carry = Buffer.alloc(0);
    const redact = (buf, safeEnd) => {
        const parts = [];
        let i = 0;
        while (i < safeEnd) {
            let at = -1;
            let len = 0;
            for (const s of secrets) {
                const m = buf.indexOf(s, i);
                if (m >= 0 && (at < 0 || m < at)) {
                    at = m;
                    len = s.length;
                }
            }
            if (at < 0 || at >= safeEnd) {
                parts.push(buf.subarray(i, safeEnd));
                i = safeEnd;
                break;
            }
            parts.push(buf.subarray(i, at), REDACTED);
            i = at + len;
        }
        return { out: Buffer.concat(parts), next: i };
    };
    return {
        push(chunk) {
            if (secrets.length === 0)
                return chunk;
            const buf = Buffer.concat([carry, chunk]);
            const { out, next } = redact(buf, Math.max(0, buf.length - hold));
            carry = Buffer.from(buf.subarray(next));
            return out;
        },
        end() {
            const { out } = redact(carry, carry.length);
            carry = Buffer.alloc(0);
            return out;
        },
    };
}


/***/ }),

/***/ 6813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   Y5: () => (/* binding */ SHA256_HEX),
/* harmony export */   fg: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);


function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/** Streams the file: memory does not grow with its size. */
async function sha256File(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path, { highWaterMark: 1 << 20 })) {
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


/***/ }),

/***/ 4752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commandJob: () => (/* binding */ commandJob)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/json/write.ts
var write = __webpack_require__(1249);
// EXTERNAL MODULE: ./src/pipeline/workspace.ts
var workspace = __webpack_require__(8163);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/bundle/validate.ts + 2 modules
var validate = __webpack_require__(5106);
// EXTERNAL MODULE: ./src/bundle/paths.ts
var paths = __webpack_require__(4792);
// EXTERNAL MODULE: ./src/collect/outputs.ts
var outputs = __webpack_require__(6539);
// EXTERNAL MODULE: ./src/text/time.ts
var time = __webpack_require__(7466);
// EXTERNAL MODULE: ./src/fsio/atomic.ts
var atomic = __webpack_require__(9802);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/wrap/git.ts

/**
 * The commit checked out in `dir` and whether the checkout differs from it (a tracked change, or
 * an untracked file git does not ignore: `git status --porcelain`). Read with the git binary,
 * never through a shell; a folder outside any checkout is simply not a git source.
 */
function readGitFacts(dir) {
    const inside = git(dir, ['rev-parse', '--is-inside-work-tree']);
    if (inside.missing)
        return { git: null };
    if (!inside.ok) {
        // "not a git repository" is the ordinary case; anything else (e.g. dubious ownership) is worth saying.
        if (/not a git repository/i.test(inside.stderr))
            return { git: null };
        return { git: null, note: `git could not read the checkout: ${firstLine(inside.stderr)}` };
    }
    if (inside.stdout.trim() !== 'true')
        return { git: null };
    const head = git(dir, ['rev-parse', '--verify', '--quiet', 'HEAD']);
    if (!head.ok)
        return { git: null, note: 'the git checkout has no commit yet' };
    const status = git(dir, ['status', '--porcelain', '--untracked-files=normal']);
    if (!status.ok)
        return { git: null, note: `git status failed: ${firstLine(status.stderr)}` };
    return { git: { rev: head.stdout.trim(), dirty: status.stdout.trim() !== '' } };
}
function git(dir, args) {
    const r = (0,external_node_child_process_.spawnSync)('git', ['-C', dir, ...args], {
        encoding: 'utf8', timeout: 30_000, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
    });
    const missing = r.error?.code === 'ENOENT';
    return { ok: r.status === 0, missing, stdout: r.stdout ?? '', stderr: r.stderr ?? (r.error?.message ?? '') };
}
function firstLine(text) {
    return text.trim().split('\n')[0]?.replace(/^fatal: /, '') ?? '';
}

// EXTERNAL MODULE: ./src/bundle/defaults.ts
var defaults = __webpack_require__(5944);
// EXTERNAL MODULE: ./src/wrap/request.ts
var request = __webpack_require__(9189);
;// CONCATENATED MODULE: ./src/wrap/bundle.ts



/**
 * The bundle a wrapped command would have had to write: everything `capsule run -- CMD` was
 * told, as a `proofcapsule.dev/v1` document. It is validated against the bundle schema and
 * packed as `bundle/bundle.json`, so verify, replay and every later reader treat the run like
 * any bundle run. Each `--output` glob is also a validation: a product that never appeared
 * fails the run instead of passing unnoticed.
 */
function wrapBundle(req, facts) {
    const env = Object.fromEntries(req.env.map((e) => {
        const at = e.indexOf('=');
        return at >= 0 ? [e.slice(0, at), e.slice(at + 1)] : [e, facts.hostEnv[e] ?? ''];
    }));
    const validations = req.outputs.map((g) => ({
        label: `output ${g} exists`, kind: 'output-exists', path: g,
    }));
    const intent = facts.executor === 'auto' ? 'auto' : facts.executor;
    return {
        apiVersion: 'proofcapsule.dev/v1',
        kind: 'Bundle',
        metadata: {
            name: (0,request/* wrapName */.eD)(req),
            version: facts.git ? `${facts.git.rev.slice(0, 12)}${facts.git.dirty ? '-dirty' : ''}` : 'unversioned',
            createdAt: facts.createdAt,
            labels: { 'proofcapsule.dev/run': 'in-place' },
            licensePolicy: { ...defaults/* BUNDLE_DEFAULTS */.K.licensePolicy },
            ...(facts.git ? { source: { git: facts.git } } : {}),
        },
        spec: {
            run: { argv: [...req.argv], cwd: '.', ...(Object.keys(env).length > 0 ? { env } : {}) },
            ...(req.secrets.length > 0 ? { secrets: { required: [...new Set(req.secrets)] } } : {}),
            executor: { backendIntent: intent },
            outputs: req.outputs.map((path) => ({ path, kind: 'file' })),
            validations,
            policy: {
                ...defaults/* BUNDLE_DEFAULTS */.K.policy,
                maxRunSeconds: req.timeoutSeconds ?? request/* WRAP_TIMEOUT */.T9.default,
                lane: req.lane ?? defaults/* BUNDLE_DEFAULTS */.K.policy.lane,
            },
        },
    };
}
/** The bytes packed as `bundle/bundle.json`: the house JSON layout, so the same request gives the same file. */
function wrapBundleBytes(bundle) {
    return Buffer.from((0,write.stableJson)(bundle));
}

;// CONCATENATED MODULE: ./src/wrap/in-place.ts











/**
 * The validate stage of `capsule run -- CMD`: the request checked in the user's words, the git
 * facts read, the bundle synthesized and checked against the bundle schema as a bundle file
 * is, and every material hashed (a glob that matches nothing is an error: nothing runs).
 */
async function prepareCommand(req, ctx) {
    (0,request/* checkWrapRequest */.GG)(req, ctx.spelling, ctx.hostEnv);
    const folder = (0,external_node_fs_.realpathSync)(req.cwd);
    const git = readGitFacts(folder);
    const createdAt = (0,time/* isoSeconds */.nE)(ctx.now ?? new Date());
    const bundle = wrapBundle(req, { createdAt, git: git.git, hostEnv: ctx.hostEnv, executor: ctx.executor });
    const bytes = wrapBundleBytes(bundle);
    const vb = (0,validate/* validateBundleBytes */._)(bytes, ctx.bundleFile, folder);
    const skip = skippedFolders(folder, ctx.runFolder);
    const materials = await hashMaterials(folder, req.inputs, skip, ctx.spelling.inputs);
    return { vb, bytes, folder, git, materials, skip };
}
/** `.git` and the run folder (when it lies inside the command's folder), relative to the folder. */
function skippedFolders(folder, runFolder) {
    const skip = ['.git'];
    const run = realpathOrSelf(runFolder);
    if ((0,paths/* isInside */.FK)(folder, run) && run !== folder)
        skip.push((0,external_node_path_.relative)(folder, run).split(external_node_path_.sep).join('/'));
    return skip;
}
async function hashMaterials(folder, globs, skip, flag) {
    if (globs.length === 0)
        return [];
    const found = await (0,outputs/* collectOutputs */.H)(folder, globs.map((path) => ({ path, kind: 'file' })), { skip });
    const refused = found.refused.map((r) => `${r.path} is ${r.reason}`);
    const unmatched = globs.filter((g) => {
        const match = (0,outputs/* globMatcher */.f)(g.replace(/^(\.\/)+/, ''));
        return ![...found.outputs, ...found.refused].some((f) => match(f.path));
    });
    const problems = [...unmatched.map((g) => `${JSON.stringify(g)} matches no file in ${folder}`), ...refused];
    if (problems.length > 0) {
        throw new errors/* CapsuleError */.Mu('wrap_input_invalid', `${flag}: ${problems.join('; ')}`, { file: folder }, { problems });
    }
    return found.outputs.map(({ path, sha256, size_bytes }) => ({ path, sha256, size_bytes }));
}
/**
 * After the run folder is claimed: the synthesized bundle written as `bundle/bundle.json`
 * (exactly the bytes validated, so its SHA-256 is the recorded one), and the outputs as they
 * are before the command runs, to tell later which of them it left untouched.
 */
async function stageCommand(p, bundleDir, skip) {
    (0,atomic.writeFileAtomic)((0,external_node_path_.join)(bundleDir, 'bundle.json'), p.bytes);
    const before = await (0,outputs/* collectOutputs */.H)(p.folder, p.vb.bundle.spec.outputs, { skip });
    return new Map(before.outputs.map((o) => [o.path, o.sha256]));
}
function inPlaceRecord(p, req, outputs, before) {
    return {
        // The file system's root has no name of its own.
        folder: (0,external_node_path_.basename)(p.folder) || '/',
        git: p.git.git,
        inputs: [...req.inputs],
        materials: p.materials,
        unchanged_outputs: outputs.filter((o) => before.get(o.path) === o.sha256).map((o) => o.path),
    };
}
/** The real path of `path`, which may not exist yet: its nearest existing folder resolved, the rest appended. */
function realpathOrSelf(path) {
    const full = (0,external_node_path_.resolve)(path);
    if ((0,external_node_fs_.existsSync)(full))
        return (0,external_node_fs_.realpathSync)(full);
    const parent = (0,external_node_path_.dirname)(full);
    return parent === full ? full : (0,external_node_path_.join)(realpathOrSelf(parent), (0,external_node_path_.basename)(full));
}

;// CONCATENATED MODULE: ./src/wrap/job.ts





/**
 * A command wrapped in place, as a job the pipeline runs like any bundle: its validate stage
 * synthesizes and checks the bundle and hashes the materials; its staging writes that bundle
 * as `bundle/bundle.json` and runs the command in its own folder, not in a copy.
 */
function commandJob(req, o) {
    const layout = (0,workspace/* runLayout */.WA)(o.outDir);
    let prepared;
    return {
        args: { command: req.argv, outputs: req.outputs, inputs: req.inputs },
        validate: async () => {
            prepared = await prepareCommand(req, {
                bundleFile: (0,external_node_path_.join)(layout.bundleDir, 'bundle.json'),
                runFolder: layout.root,
                executor: o.executor ?? 'auto',
                spelling: o.spelling ?? request/* CLI_SPELLING */.Id,
                hostEnv: o.hostEnv ?? process.env,
            });
            return prepared.vb;
        },
        describe: (vb) => `command run in place in ${(0,external_node_path_.basename)(vb.dir)}`,
        stage: async (_vb, { layout: claimed, secretValues }) => {
            const p = prepared;
            // The folder claimed may be numbered (-2, -3 …): skip the one that is really there.
            const skip = skippedFolders(p.folder, claimed.root);
            const before = await stageCommand(p, claimed.bundleDir, skip);
            // Nothing is staged (the command runs in place): the capsule's bundle/ is the bundle file alone.
            const inventory = {
                schema: 'proofcapsule.staged_inventory.v1', bundle_file: 'bundle.json',
                files: [], symlinks: [], packed: ['bundle.json'], excluded: [],
            };
            (0,write/* writeJsonFile */.A)(claimed.stagedInventory, inventory);
            return {
                workspace: p.folder,
                redactedBundleFiles: (0,workspace/* redactTree */.us)(claimed.bundleDir, secretValues),
                inventory,
                collect: { skip },
                inPlace: (outputs) => inPlaceRecord(p, req, outputs, before),
            };
        },
    };
}


/***/ })

};
