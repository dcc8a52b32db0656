export const id = 2048;
export const ids = [2048,7348,4967];
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

/***/ 4567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ describeRunFailure)
/* harmony export */ });
/**
 * Why the job itself failed, in words, or null when it did not: the page and the job summary
 * then show its stderr first. A gate or a verification may still block a job that did not fail.
 */
function describeRunFailure(e) {
    if (e.timedOut)
        return `the job was stopped at its time limit${e.limitSeconds !== null ? ` of ${e.limitSeconds} s` : ''}`;
    if (e.signal)
        return `the job was killed by ${e.signal}`;
    if (e.exitCode !== null && e.exitCode !== 0)
        return `the job exited with code ${e.exitCode}`;
    if (e.status === 'fail')
        return 'the run status is fail';
    return null;
}


/***/ }),

/***/ 509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildViewModel: () => (/* binding */ buildViewModel)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/prove/capsule-manifest.ts
var capsule_manifest = __webpack_require__(2479);
// EXTERNAL MODULE: ./src/verify/run-folder.ts
var run_folder = __webpack_require__(6777);
// EXTERNAL MODULE: ./src/verify/target.ts
var verify_target = __webpack_require__(1756);
// EXTERNAL MODULE: ./src/verify/capsule.ts + 6 modules
var capsule = __webpack_require__(826);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/json/parse.ts
var parse = __webpack_require__(7105);
// EXTERNAL MODULE: ./src/text/shell.ts
var shell = __webpack_require__(6933);
// EXTERNAL MODULE: ./src/json/untrusted.ts
var untrusted = __webpack_require__(1940);
;// CONCATENATED MODULE: ./src/view/event-rows.ts

/** Rows beyond this are summarized, so a huge chain still yields a page a browser opens. */
const MAX_EVENT_ROWS = 5000;
/** One table row per line of events.jsonl; a line that is not JSON is shown as such, not dropped. */
function eventRows(text, truncated) {
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    const rows = lines.slice(0, MAX_EVENT_ROWS).map(eventRow);
    const notes = [];
    if (lines.length > MAX_EVENT_ROWS)
        notes.push(`showing the first ${MAX_EVENT_ROWS} of ${lines.length} events`);
    if (truncated)
        notes.push('events.jsonl is larger than the viewer reads; the last events are not shown');
    return { rows, total_lines: lines.length, note: notes.length > 0 ? notes.join('; ') : null };
}
function eventRow(line) {
    let event;
    try {
        event = (0,untrusted/* asRecord */.qY)(JSON.parse(line));
    }
    catch {
        return { seq: null, event_type: '(not JSON)', tool_name: null, status: null, timestamp: null, hash_prefix: null };
    }
    const payload = (0,untrusted/* asRecord */.qY)(event.payload);
    return {
        seq: (0,untrusted/* asNumber */.i)(event.seq),
        event_type: (0,untrusted/* asString */.oJ)(event.event_type) ?? '(no type)',
        tool_name: (0,untrusted/* asString */.oJ)(payload.tool_name),
        status: (0,untrusted/* asString */.oJ)(payload.status),
        timestamp: (0,untrusted/* asString */.oJ)(event.timestamp),
        hash_prefix: (0,untrusted/* asString */.oJ)(event.event_hash)?.slice(0, 16) ?? null,
    };
}

// EXTERNAL MODULE: ./src/manifest/run-failure.ts
var run_failure = __webpack_require__(4567);
;// CONCATENATED MODULE: ./src/view/run-facts.ts


/** Run facts from a run manifest (AGILAB fields plus our `proof_capsule` block when present). */
function runFacts(manifest) {
    const ext = (0,untrusted/* asRecord */.qY)(manifest.proof_capsule);
    const bundle = (0,untrusted/* asRecord */.qY)(ext.bundle);
    const placement = (0,untrusted/* asRecord */.qY)(ext.placement);
    const execution = (0,untrusted/* asRecord */.qY)(ext.execution);
    const command = (0,untrusted/* asRecord */.qY)(manifest.command);
    const timing = (0,untrusted/* asRecord */.qY)(manifest.timing);
    const signing = (0,untrusted/* asRecord */.qY)(ext.signing);
    return {
        run_id: (0,untrusted/* asString */.oJ)(manifest.run_id),
        label: (0,untrusted/* asString */.oJ)(manifest.label),
        path_id: (0,untrusted/* asString */.oJ)(manifest.path_id),
        status: (0,untrusted/* asString */.oJ)(manifest.status),
        created_at: (0,untrusted/* asString */.oJ)(manifest.created_at),
        bundle: ext.bundle === undefined ? null : {
            name: (0,untrusted/* asString */.oJ)(bundle.name), version: (0,untrusted/* asString */.oJ)(bundle.version), sha256: (0,untrusted/* asString */.oJ)(bundle.sha256), format: (0,untrusted/* asString */.oJ)(bundle.format), lane: (0,untrusted/* asString */.oJ)(bundle.lane),
        },
        executor: (0,untrusted/* asString */.oJ)(execution.executor) ?? (0,untrusted/* asString */.oJ)(placement.executor),
        site: (0,untrusted/* asString */.oJ)(placement.site),
        accel: (0,untrusted/* asString */.oJ)(placement.accel),
        placement_warnings: (0,untrusted/* asStrings */.P7)(placement.warnings),
        rejected: (0,untrusted/* asArray */._j)(placement.rejected).map(untrusted/* asRecord */.qY).map((r) => ({ candidate: (0,untrusted/* asString */.oJ)(r.candidate) ?? '', reason: (0,untrusted/* asString */.oJ)(r.reason) ?? '' })),
        argv: (0,untrusted/* asStrings */.P7)(command.argv),
        cwd: (0,untrusted/* asString */.oJ)(command.cwd),
        exit_code: (0,untrusted/* asNumber */.i)(execution.exit_code),
        signal: (0,untrusted/* asString */.oJ)(execution.signal),
        timed_out: (0,untrusted/* asBoolean */.tB)(execution.timed_out),
        diagnostics: (0,untrusted/* asStrings */.P7)(execution.diagnostics),
        timing: {
            started_at: (0,untrusted/* asString */.oJ)(timing.started_at), finished_at: (0,untrusted/* asString */.oJ)(timing.finished_at),
            duration_seconds: (0,untrusted/* asNumber */.i)(timing.duration_seconds), target_seconds: (0,untrusted/* asNumber */.i)(timing.target_seconds),
        },
        tool_version: (0,untrusted/* asString */.oJ)((0,untrusted/* asRecord */.qY)(ext.tool).version),
        signing: ext.signing === undefined ? null : { public_key_sha256: (0,untrusted/* asString */.oJ)(signing.public_key_sha256), dev_key: (0,untrusted/* asBoolean */.tB)(signing.dev_key) },
    };
}
/** The bundle's gates: AGILAB `validations` entries, whose label doubles as id. */
function gateRows(manifest) {
    return (0,untrusted/* asArray */._j)(manifest.validations).map(untrusted/* asRecord */.qY).map((v) => {
        const label = (0,untrusted/* asString */.oJ)(v.label) ?? '';
        return { id: label, label, status: (0,untrusted/* asString */.oJ)(v.status) ?? 'unknown', summary: (0,untrusted/* asString */.oJ)(v.summary) ?? '' };
    });
}
/** policy-report.json's rules. */
function policyRows(report) {
    return {
        policy_id: (0,untrusted/* asString */.oJ)(report.policy_id),
        status: (0,untrusted/* asString */.oJ)(report.status),
        rules: (0,untrusted/* asArray */._j)(report.rules).map(untrusted/* asRecord */.qY).map((r) => ({
            id: (0,untrusted/* asString */.oJ)(r.id) ?? '', label: (0,untrusted/* asString */.oJ)(r.label) ?? '', status: (0,untrusted/* asString */.oJ)(r.status) ?? 'unknown', summary: (0,untrusted/* asString */.oJ)(r.summary) ?? '',
        })),
    };
}
/**
 * Our recorded outputs with their sha256; a plain AGILAB manifest has only `artifacts`,
 * whose digests come from the proof-pack index when there is one.
 */
function outputRows(manifest, index) {
    const ext = (0,untrusted/* asRecord */.qY)(manifest.proof_capsule);
    if (ext.outputs !== undefined) {
        return (0,untrusted/* asArray */._j)(ext.outputs).map(untrusted/* asRecord */.qY).map((o) => ({
            path: (0,untrusted/* asString */.oJ)(o.path) ?? '', kind: (0,untrusted/* asString */.oJ)(o.kind) ?? '', size_bytes: (0,untrusted/* asNumber */.i)(o.size_bytes), sha256: (0,untrusted/* asString */.oJ)(o.sha256),
        }));
    }
    const digests = new Map((0,untrusted/* asArray */._j)(index.files).map(untrusted/* asRecord */.qY).map((f) => [(0,untrusted/* asString */.oJ)(f.path) ?? '', (0,untrusted/* asString */.oJ)(f.sha256)]));
    return (0,untrusted/* asArray */._j)(manifest.artifacts).map(untrusted/* asRecord */.qY).map((a) => {
        const path = (0,untrusted/* asString */.oJ)(a.path) ?? '';
        return { path, kind: (0,untrusted/* asString */.oJ)(a.kind) ?? '', size_bytes: (0,untrusted/* asNumber */.i)(a.size_bytes), sha256: digests.get(path) ?? null };
    });
}
function decisionFacts(doc) {
    return {
        decision: (0,untrusted/* asString */.oJ)(doc.decision) ?? 'unknown',
        reason: (0,untrusted/* asString */.oJ)(doc.reason) ?? '',
        blockers: (0,untrusted/* asStrings */.P7)(doc.blockers),
        next_action: (0,untrusted/* asString */.oJ)(doc.next_action) ?? '',
        policy_status: (0,untrusted/* asString */.oJ)(doc.policy_status),
        verification_status: (0,untrusted/* asString */.oJ)(doc.verification_status),
    };
}
/** Why the job itself failed, in words, or null when it did not. */
function runFailure(run) {
    if (!run)
        return null;
    return (0,run_failure/* describeRunFailure */.r)({ status: run.status, exitCode: run.exit_code, signal: run.signal, timedOut: run.timed_out, limitSeconds: run.timing.target_seconds });
}

// EXTERNAL MODULE: ./src/fsio/tail.ts
var fsio_tail = __webpack_require__(3797);
// EXTERNAL MODULE: ./src/view/source.ts
var source = __webpack_require__(2784);
;// CONCATENATED MODULE: ./src/view/timeline.ts

/** Bars placed on the span from the first stage start to the last stage finish. */
function stageBars(stages) {
    const rows = (0,untrusted/* asArray */._j)(stages).map(untrusted/* asRecord */.qY).map((s) => ({
        stage: (0,untrusted/* asString */.oJ)(s.stage) ?? '',
        status: (0,untrusted/* asString */.oJ)(s.status) ?? 'unknown',
        started_at: (0,untrusted/* asString */.oJ)(s.started_at) ?? '',
        finished_at: (0,untrusted/* asString */.oJ)(s.finished_at) ?? '',
        message: (0,untrusted/* asString */.oJ)(s.message) ?? '',
        start: Date.parse((0,untrusted/* asString */.oJ)(s.started_at) ?? ''),
        end: Date.parse((0,untrusted/* asString */.oJ)(s.finished_at) ?? ''),
    }));
    const timed = rows.filter(isTimed);
    const first = Math.min(...timed.map((r) => r.start));
    const span = Math.max(1, Math.max(...timed.map((r) => r.end)) - first);
    return rows.map((r) => {
        const { start, end, ...row } = r;
        const ok = isTimed(r);
        return {
            ...row,
            duration_ms: ok ? end - start : null,
            offset_pct: ok ? round2(((start - first) / span) * 100) : null,
            width_pct: ok ? round2(Math.max(0.5, ((end - start) / span) * 100)) : null,
        };
    });
}
function isTimed(r) {
    return Number.isFinite(r.start) && Number.isFinite(r.end) && r.end >= r.start;
}
function round2(n) {
    return Math.round(n * 100) / 100;
}

;// CONCATENATED MODULE: ./src/view/model.ts















/** Largest JSON document (manifest, decision, report, events) read into memory. */
const MAX_DOCUMENT_BYTES = 16 * 1024 ** 2;
/** Each log shows at most its first 64 KiB. */
const MAX_LOG_BYTES = 64 * 1024;
const DECISION_PATH = 'promotion/promotion_decision.json';
const POLICY_REPORT_PATH = 'policy-report.json';
/**
 * Verifies the target, then collects what the page shows. A capsule that fails verification
 * is still read (entries straight from the archive) so the reviewer sees what it claims;
 * the page marks all of it untrusted.
 */
async function buildViewModel(target, options = {}) {
    if (!(0,external_node_fs_.existsSync)(target))
        throw new errors/* CapsuleError */.Mu('target_missing', `${target}: no such capsule, run folder or manifest`, { file: target });
    if (!(0,verify_target/* isCapsuleTarget */.J)(target)) {
        const manifestPath = (0,run_folder.resolveRunManifestPath)(target);
        const report = await (0,run_folder.verifyRunFolder)(target);
        const name = (0,external_node_path_.basename)(target);
        const commands = { verify: `capsule verify ${(0,shell/* shQuote */.US)(name)}`, replay: `capsule replay ${(0,shell/* shQuote */.US)(name)}`, replay_execute: `capsule replay ${(0,shell/* shQuote */.US)(name)} --execute` };
        return assemble('run-folder', name, report, (0,source/* folderSource */.W)((0,external_node_path_.dirname)(manifestPath)), (0,external_node_path_.basename)(manifestPath), commands);
    }
    // The page shows the bytes that were verified: one open, one pass, reads checked against it.
    const verified = await (0,capsule.openVerifiedCapsule)(target, { signaturePath: options.signaturePath, trustPolicyPath: options.trustPolicyPath, publicKeyPaths: options.publicKeyPaths });
    try {
        const name = (0,external_node_path_.basename)(target);
        const anchors = [
            ...(options.trustPolicyPath ? ['--trust-policy', (0,shell/* shQuote */.US)(options.trustPolicyPath)] : []),
            ...(options.publicKeyPaths ?? []).flatMap((k) => ['--public-key', (0,shell/* shQuote */.US)(k)]),
        ];
        const verify = ['capsule verify', (0,shell/* shQuote */.US)(name), '--signature', (0,shell/* shQuote */.US)(options.signaturePath ?? `${name}.sig.json`), ...anchors, '--strict'];
        const commands = { verify: verify.join(' '), replay: `capsule replay ${(0,shell/* shQuote */.US)(name)}`, replay_execute: ['capsule replay', (0,shell/* shQuote */.US)(name), ...anchors, '--execute'].join(' ') };
        return await assemble('capsule', name, verified.report, (0,source/* capsuleSource */.l)(verified.capsule), capsule_manifest/* SNAPSHOT_NAME */.lE, commands);
    }
    finally {
        verified.close();
    }
}
/** As `capsule verify` decides: a directory or a .json file is a run folder / manifest. */
async function assemble(kind, name, report, source, manifestName, commands) {
    const notes = [];
    const manifestDoc = await readJson(source, manifestName, notes);
    if (manifestDoc === null)
        notes.push(`${manifestName}: not found`);
    const manifest = manifestDoc ?? {};
    const decision = await readJson(source, DECISION_PATH, notes);
    const policy = await readJson(source, POLICY_REPORT_PATH, notes);
    const index = (await readJson(source, capsule_manifest/* PROOF_PACK_INDEX_NAME */.y$, notes)) ?? {};
    const ext = (0,untrusted/* asRecord */.qY)(manifest.proof_capsule);
    const logs = (0,untrusted/* asRecord */.qY)((0,untrusted/* asRecord */.qY)(ext.execution).logs);
    const run = manifestDoc ? runFacts(manifest) : null;
    const why = runFailure(run);
    return {
        schema: 'proofcapsule.view.v1',
        source: { kind, name, sha256: report.capsule.sha256, size_bytes: report.capsule.size_bytes },
        verification: {
            status: report.status,
            evidence_class: report.evidence_class,
            checks: report.checks.map((c) => ({ id: c.id, status: c.status, summary: c.summary })),
            failed: report.checks.filter((c) => c.status === 'fail').map((c) => c.id),
            warnings: report.warnings,
        },
        decision: decision ? decisionFacts(decision) : null,
        run,
        gates: gateRows(manifest),
        policy: policy ? policyRows(policy) : null,
        outputs: outputRows(manifest, index),
        stages: stageBars(ext.stages),
        events: await readEvents(source, ext.evidence === undefined ? null : (0,untrusted/* asString */.oJ)((0,untrusted/* asRecord */.qY)(ext.evidence).events) ?? 'evidence/events.jsonl', notes),
        logs: { stdout: await readLog(source, (0,untrusted/* asRecord */.qY)(logs.stdout), 'logs/stdout.log'), stderr: await readLog(source, (0,untrusted/* asRecord */.qY)(logs.stderr), 'logs/stderr.log') },
        failed_run: why === null ? null : { why, stderr_tail: await readStderrTail(source, (0,untrusted/* asString */.oJ)((0,untrusted/* asRecord */.qY)(logs.stderr).path) ?? 'logs/stderr.log') },
        commands,
        notes,
    };
}
async function readStderrTail(source, path) {
    const read = await source.tail(path, fsio_tail/* TAIL_BYTES */.dd);
    if (!read)
        return null;
    const tail = (0,fsio_tail/* lastLines */.w$)(read.text);
    return tail.lines.length === 0 ? null : { path, lines: tail.lines, cut: tail.cut || read.cut };
}
/** A JSON object, or null when absent; a document that does not parse is noted, not thrown. */
async function readJson(source, path, notes) {
    const read = await source.read(path, MAX_DOCUMENT_BYTES);
    if (!read)
        return null;
    if (read.truncated) {
        notes.push(`${path}: larger than ${MAX_DOCUMENT_BYTES} bytes, not shown`);
        return null;
    }
    try {
        return (0,untrusted/* asRecord */.qY)((0,parse/* parseJsonStrict */.jM)(read.bytes.toString('utf8'), path).value);
    }
    catch (err) {
        if (!(err instanceof errors/* CapsuleError */.Mu))
            throw err;
        notes.push(err.message);
        return null;
    }
}
/** `path` is null for a plain AGILAB manifest, which records no event chain. */
async function readEvents(source, path, notes) {
    const read = path === null ? null : await source.read(path, MAX_DOCUMENT_BYTES);
    if (!read) {
        if (path !== null)
            notes.push(`${path}: not found`);
        return { rows: [], total_lines: 0, note: null };
    }
    return eventRows(read.bytes.toString('utf8'), read.truncated);
}
async function readLog(source, record, fallback) {
    const path = (0,untrusted/* asString */.oJ)(record.path) ?? fallback;
    const read = await source.read(path, MAX_LOG_BYTES);
    if (!read)
        return null;
    return {
        path,
        text: read.bytes.toString('utf8'),
        shown_bytes: read.bytes.length,
        total_bytes: read.totalBytes,
        truncated: read.truncated,
        capture_truncated: (0,untrusted/* asBoolean */.tB)(record.truncated) ?? false,
    };
}


/***/ })

};
