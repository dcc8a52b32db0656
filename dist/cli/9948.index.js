export const id = 9948;
export const ids = [9948,7620,9805,5178,7348,4967];
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

/***/ 9802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ createTempBeside),
/* harmony export */   writeFileAtomic: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/**
 * A temp file beside `path`, to be renamed onto it: a random name, made new (O_EXCL), so nothing
 * planted in the folder (a link at a name that could be guessed) is written through.
 */
function createTempBeside(path, mode = 0o644) {
    const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex')}.tmp`);
    return { tmp, fd: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(tmp, 'wx', mode) };
}
/**
 * Writes via a temp file in the same folder, fsync, then rename: a reader sees the old
 * file or the new one, never half of it, and a crash loses nothing already recorded. The temp
 * file is createTempBeside's: whoever else may write to the folder (the one being verified, for a
 * page beside a capsule) cannot have planted a link there to write through.
 */
function writeFileAtomic(path, data, mode = 0o644) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    const { tmp, fd } = createTempBeside(path, mode);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fsyncSync)(fd);
    }
    catch (err) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(tmp, { force: true });
        throw err;
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(tmp, path);
    }
    catch (err) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(tmp, { force: true });
        // Node names the temp file in a failed rename; the user named `path` (a folder, say).
        if (err instanceof Error && 'path' in err)
            Object.assign(err, { path, dest: undefined });
        throw err;
    }
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

/***/ 1374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ walkTree),
/* harmony export */   f: () => (/* binding */ treeDigest)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _sha256_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6813);



/** Byte order of the UTF-8 names, the same on every machine and locale. */
function compareUtf8(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
/**
 * The digest of a directory: the SHA-256 of its listing, one `path<TAB>size<TAB>sha256<LF>`
 * line per regular file, sorted by the path's UTF-8 bytes. Anyone can recompute it from the
 * files (or from a capsule's entries under the directory) without our code.
 */
function treeDigest(files) {
    const sorted = [...files].sort((a, b) => compareUtf8(a.path, b.path));
    return (0,_sha256_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .fg)(sorted.map((f) => `${f.path}\t${f.size_bytes}\t${f.sha256}\n`).join(''));
}
/**
 * The regular files below `dir` (relative, "/"-separated, byte-sorted) without following
 * symlinks; the rest is `skipped`.
 */
function walkTree(dir) {
    const files = [];
    const skipped = [];
    const walk = (abs, rel) => {
        for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(abs, { withFileTypes: true })) {
            const path = rel ? `${rel}/${entry.name}` : entry.name;
            if (/[\t\n\r]/.test(entry.name))
                skipped.push(path);
            else if (entry.isDirectory())
                walk((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs, entry.name), path);
            else if (entry.isFile())
                files.push(path);
            else
                skipped.push(path);
        }
    };
    walk(dir, '');
    return { files: files.sort(compareUtf8), skipped: skipped.sort(compareUtf8) };
}


/***/ }),

/***/ 1249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ writeJsonFile),
/* harmony export */   stableJson: () => (/* binding */ stableJson)
/* harmony export */ });
/* harmony import */ var _fsio_atomic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9802);

/** House JSON layout: keys sorted at every level, 2-space indent, trailing newline. */
function stableJson(value) {
    return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value !== null && typeof value === 'object') {
        const out = {};
        for (const key of Object.keys(value).sort()) {
            const v = value[key];
            if (v !== undefined)
                out[key] = sortKeys(v);
        }
        return out;
    }
    return value;
}
function writeJsonFile(path, value, mode) {
    (0,_fsio_atomic_js__WEBPACK_IMPORTED_MODULE_0__.writeFileAtomic)(path, stableJson(value), mode);
}


/***/ }),

/***/ 9805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   canonicalPublicKeyPem: () => (/* binding */ canonicalPublicKeyPem),
/* harmony export */   generateSigningKey: () => (/* binding */ generateSigningKey),
/* harmony export */   isCanonicalPublicKeyPem: () => (/* binding */ isCanonicalPublicKeyPem),
/* harmony export */   keyFileTooOpen: () => (/* binding */ keyFileTooOpen),
/* harmony export */   loadSigningKey: () => (/* binding */ loadSigningKey),
/* harmony export */   publicKeyFileSha256: () => (/* binding */ publicKeyFileSha256),
/* harmony export */   publicKeyFromPem: () => (/* binding */ publicKeyFromPem),
/* harmony export */   publicKeyIdentity: () => (/* binding */ publicKeyIdentity),
/* harmony export */   publicKeySha256: () => (/* binding */ publicKeySha256),
/* harmony export */   signingKeyFromPem: () => (/* binding */ signingKeyFromPem),
/* harmony export */   verifyEd25519Strict: () => (/* binding */ verifyEd25519Strict),
/* harmony export */   writeGeneratedKey: () => (/* binding */ writeGeneratedKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _noble_ed25519__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9605);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _fsio_atomic_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9802);
/* harmony import */ var _fsio_read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1715);
/* harmony import */ var _hash_sha256_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6813);







// noble's verifier hashes R || A || M with the SHA-512 it is given: Node's, from the node:crypto every
// verify has loaded for SHA-256 already. (@noble/hashes' own, a 59 KB module that builds its round
// constants at load, cost every verify ~1 ms before any signature was in sight.)
_noble_ed25519__WEBPACK_IMPORTED_MODULE_6__/* .hashes */ .RY.sha512 = (message) => new Uint8Array((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha512').update(message).digest());
/** The group order L: a signature's S must be below it (RFC 8032 §5.1.7, canonical S). */
const L = 2n ** 252n + 27742317777372353535851937790883648493n;
/**
 * The one PEM text of an Ed25519 public key: the SPKI DER in base64 on one line (60 characters,
 * under PEM's 64-column wrap), `\n` line ends, a final `\n`. What OpenSSL, Node and Python's
 * cryptography write, so AGILAB's `public_key_sha256` of a key it wrote is this text's digest.
 */
function canonicalPublicKeyPem(publicKey) {
    return `-----BEGIN PUBLIC KEY-----\n${Buffer.concat([SPKI_ED25519_PREFIX, publicKey]).toString('base64')}\n-----END PUBLIC KEY-----\n`;
}
/**
 * A key's identity (`public_key_sha256`): the SHA-256 of its canonical PEM, computed from the
 * key itself, so another spelling of the same key's PEM (CRLF, another line width) cannot
 * pass for another key, e.g. one not yet revoked.
 */
function publicKeyIdentity(publicKey) {
    return (0,_hash_sha256_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256Hex */ .fg)(Buffer.from(canonicalPublicKeyPem(publicKey), 'ascii'));
}
/** The identity of the key a PEM holds (CapsuleError when it is not an Ed25519 SPKI PEM). */
function publicKeySha256(pem) {
    return publicKeyIdentity(publicKeyFromPem(pem));
}
/** True when `pem` is exactly the canonical text of its key. */
function isCanonicalPublicKeyPem(pem) {
    try {
        return pem === canonicalPublicKeyPem(publicKeyFromPem(pem));
    }
    catch {
        return false;
    }
}
function fromKeyObject(key, origin) {
    if (key.asymmetricKeyType !== 'ed25519') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu('key_not_ed25519', `${origin}: key is ${key.asymmetricKeyType ?? 'not asymmetric'}, expected an Ed25519 private key (PKCS#8 PEM)`, { file: origin });
    }
    const raw = publicKeyFromPem((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key).export({ type: 'spki', format: 'pem' }));
    return {
        publicKeyPem: canonicalPublicKeyPem(raw),
        publicKeySha256: publicKeyIdentity(raw),
        origin,
        sign: (message) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)(null, message, key),
    };
}
/** Parses an unencrypted PKCS#8 PEM Ed25519 private key. */
function signingKeyFromPem(pem, origin) {
    let key;
    try {
        key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: pem, format: 'pem' });
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu('key_unreadable', `${origin}: not an unencrypted PKCS#8 PEM private key (${err.message})`, { file: origin });
    }
    return fromKeyObject(key, origin);
}
function loadSigningKey(path) {
    let pem;
    try {
        pem = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8');
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu('key_unreadable', `${path}: cannot read signing key: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFsError */ .TQ)(err)}`, { file: path });
    }
    return signingKeyFromPem(pem, path);
}
/** True when group or others can read the key file (it should be 0600). */
function keyFileTooOpen(path) {
    try {
        return ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(path).mode & 0o077) !== 0;
    }
    catch {
        return false; // loadSigningKey says why it cannot be read
    }
}
function generateSigningKey(origin = 'generated key') {
    const { privateKey } = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.generateKeyPairSync)('ed25519');
    const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' });
    return { privateKeyPem, key: fromKeyObject(privateKey, origin) };
}
/** Writes a new key pair: the private key mode 0600, the public key beside it as `<path>.pub`. */
function writeGeneratedKey(path) {
    const { privateKeyPem, key } = generateSigningKey(path);
    (0,_fsio_atomic_js__WEBPACK_IMPORTED_MODULE_3__.writeFileAtomic)(path, privateKeyPem, 0o600);
    (0,_fsio_atomic_js__WEBPACK_IMPORTED_MODULE_3__.writeFileAtomic)(`${path}.pub`, key.publicKeyPem, 0o644);
    return key;
}
const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
/**
 * The raw 32-byte key from an SPKI PEM, accepting only Ed25519 (OID 1.3.101.112) in its
 * one DER form, so a PEM of another key type or with trailing bytes is rejected by name.
 */
function publicKeyFromPem(pem) {
    const body = pem.match(/^-----BEGIN PUBLIC KEY-----\r?\n([A-Za-z0-9+/=\r\n]+)-----END PUBLIC KEY-----\r?\n?$/);
    if (!body)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu('public_key_invalid', 'public key is not a PEM "PUBLIC KEY" block');
    const der = Buffer.from(body[1].replace(/\s+/g, ''), 'base64');
    if (der.length !== 44 || !der.subarray(0, 12).equals(SPKI_ED25519_PREFIX)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu('public_key_invalid', 'public key is not an Ed25519 SubjectPublicKeyInfo (OID 1.3.101.112, 32-byte key)');
    }
    return der.subarray(12);
}
/**
 * RFC 8032 verification with the strict rules OpenSSL lacks: canonical encodings of A and R,
 * S < L, and no small-order A or R (OpenSSL accepts A = R = identity, S = 0 for any message).
 */
function verifyEd25519Strict(publicKey, message, signature) {
    if (publicKey.length !== 32 || signature.length !== 64)
        return false;
    let A;
    let R;
    try {
        A = _noble_ed25519__WEBPACK_IMPORTED_MODULE_6__/* .Point */ .bR.fromBytes(publicKey, false);
        R = _noble_ed25519__WEBPACK_IMPORTED_MODULE_6__/* .Point */ .bR.fromBytes(signature.subarray(0, 32), false);
    }
    catch {
        return false;
    }
    if (A.isSmallOrder() || R.isSmallOrder())
        return false;
    const s = Buffer.from(signature.subarray(32)).reverse();
    if (BigInt(`0x${s.toString('hex')}`) >= L)
        return false;
    try {
        return _noble_ed25519__WEBPACK_IMPORTED_MODULE_6__/* .verify */ .MX(signature, message, publicKey, { zip215: false });
    }
    catch {
        return false;
    }
}
/** The sha256 of the Ed25519 public key in a PEM file; what is wrong with it names the file. */
function publicKeyFileSha256(path) {
    const pem = (0,_fsio_read_js__WEBPACK_IMPORTED_MODULE_4__/* .readTextFile */ .Gu)(path, 64 * 1024);
    try {
        return publicKeySha256(pem);
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CapsuleError */ .Mu(err.code, `${path}: ${err.message}`, { file: path });
        throw err;
    }
}


/***/ }),

/***/ 2479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Es: () => (/* binding */ parseCapsuleManifest),
/* harmony export */   _: () => (/* binding */ capsuleManifestOf),
/* harmony export */   lE: () => (/* binding */ SNAPSHOT_NAME),
/* harmony export */   u5: () => (/* binding */ CAPSULE_MANIFEST_NAME),
/* harmony export */   y$: () => (/* binding */ PROOF_PACK_INDEX_NAME)
/* harmony export */ });
/* harmony import */ var _json_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7105);
/* harmony import */ var _schemas_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3545);


const CAPSULE_MANIFEST_NAME = 'agipack-manifest.json';
const PROOF_PACK_INDEX_NAME = 'agilab_proof_pack.json';
const SNAPSHOT_NAME = 'run_manifest.snapshot.json';
/** Parses with the signed-document rules (no duplicate keys, I-JSON numbers) and the exact schema. */
function parseCapsuleManifest(text, file) {
    const doc = (0,_json_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJsonStrict */ .jM)(text, file, { ijson: true });
    (0,_schemas_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .assertValid */ .pP)('capsule-manifest', doc.value, file, doc);
    return doc.value;
}
/** The capsule manifest of a pack: every entry but itself (`files`, sorted), with the index's identity fields. */
function capsuleManifestOf(index, files) {
    return {
        schema: 'agilab.proof_capsule.v1',
        created_at: index.created_at,
        format: 'zip',
        signed: false,
        signature: null,
        integrity: 'sha256-per-entry',
        run_id: index.run_id,
        path_id: index.path_id,
        status: index.status,
        root: PROOF_PACK_INDEX_NAME,
        source_manifest: index.source_manifest,
        standards: index.standards,
        cards: index.cards,
        entry_count: files.length,
        entries: files,
        limitations: index.limitations,
    };
}


/***/ }),

/***/ 1491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fm: () => (/* binding */ decodeBase64Strict),
/* harmony export */   ML: () => (/* binding */ signatureMessage),
/* harmony export */   NY: () => (/* binding */ SIGNATURE_SCHEMA),
/* harmony export */   k5: () => (/* binding */ CAPSULE_MEDIA_TYPE),
/* harmony export */   tL: () => (/* binding */ parseSignatureDocument),
/* harmony export */   x7: () => (/* binding */ defaultSignaturePath)
/* harmony export */ });
/* harmony import */ var _json_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7105);
/* harmony import */ var _schemas_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3545);


const CAPSULE_MEDIA_TYPE = 'application/vnd.agilab.proof-capsule+zip';
const SIGNATURE_SCHEMA = 'agilab.proof_capsule_signature.v1';
/** The exact signed bytes; always rebuilt from the real capsule's digest, never read from the document. */
function signatureMessage(capsuleSha256) {
    return `${SIGNATURE_SCHEMA}\nsha256:${capsuleSha256}\n`;
}
/** `X.agipack` → `X.agipack.sig.json`: where `sign` writes and `verify` looks by default. */
function defaultSignaturePath(capsulePath) {
    return `${capsulePath}.sig.json`;
}
/** Parses a signature document with the signed-document JSON rules and the exact schema. */
function parseSignatureDocument(text, path) {
    const doc = (0,_json_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJsonStrict */ .jM)(text, path, { ijson: true });
    (0,_schemas_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .assertValid */ .pP)('capsule-signature', doc.value, path, doc);
    return doc.value;
}
/**
 * Strict base64 (RFC 4648 §4, padded, no whitespace): Node's decoder skips bad characters,
 * which would let two different strings decode to one signature.
 */
function decodeBase64Strict(value) {
    if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(value))
        return null;
    const bytes = Buffer.from(value, 'base64');
    return bytes.toString('base64') === value ? bytes : null;
}


/***/ }),

/***/ 7466:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $6: () => (/* binding */ isoMicros),
/* harmony export */   nE: () => (/* binding */ isoSeconds),
/* harmony export */   nV: () => (/* binding */ parseInstant),
/* harmony export */   nd: () => (/* binding */ compactStamp)
/* harmony export */ });
/**
 * The time forms documents use, in one place so every writer formats (and every reader
 * parses) an instant the same way. Everything is UTC.
 */
/** AGILAB writes Python `isoformat()` times, sometimes without an offset: those are taken as UTC. */
const RFC3339ISH = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|z|[+-]\d{2}:?\d{2})?$/;
function parseInstant(text) {
    const m = RFC3339ISH.exec(text);
    if (!m)
        return undefined;
    const offset = !m[4] || m[4].toUpperCase() === 'Z' ? 'Z' : m[4].replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
    const millis = Date.parse(`${m[1]}T${m[2]}${offset}`);
    if (Number.isNaN(millis))
        return undefined;
    const fraction = (m[3] ?? '').padEnd(9, '0');
    const unixNanos = BigInt(millis) * 1000000n + BigInt(fraction);
    const trimmed = fraction.replace(/0+$/, '');
    const iso = `${isoSeconds(new Date(millis)).slice(0, 19)}${trimmed ? `.${trimmed}` : ''}Z`;
    return { iso, unixNanos, unixMillis: Number(unixNanos / 1000000n) };
}
/** `YYYY-MM-DDTHH:MM:SSZ` (AGILAB's created_at form): the fraction is cut, not rounded. */
function isoSeconds(at) {
    return `${at.toISOString().slice(0, 19)}Z`;
}
/** `YYYY-MM-DDTHH:MM:SS.ffffffZ` (AgentOps event timestamps): JS clocks give ms, so the last three digits are 0. */
function isoMicros(at) {
    return at.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}
/** `YYYYMMDDTHHMMSSZ`: a time that can sit in a file name or an id. */
function compactStamp(at) {
    return isoSeconds(at).replace(/[-:]/g, '');
}


/***/ }),

/***/ 8948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yk: () => (/* binding */ hasAnyAnchor),
/* harmony export */   jz: () => (/* binding */ trustedPublicKeys),
/* harmony export */   ul: () => (/* binding */ anchorAllows),
/* harmony export */   zm: () => (/* binding */ hasKeyAnchor)
/* harmony export */ });
// What a loaded trust policy trusts, apart from reading one (./policy.ts): verify checks a capsule
// against these without loading the policy reader, whose TOML parser a run without --trust-policy
// never needs.
/** True when every declared list of this anchor kind holds `value` exactly. */
function anchorAllows(anchor, value) {
    return anchor.lists.every((list) => list.includes(value));
}
function hasAnyAnchor(policy) {
    return [policy.publicKeys, policy.signers, policy.issuers, policy.subjects].some((a) => a.lists.length > 0);
}
/**
 * The public keys this policy trusts: those every declared key list allows (lists AND
 * together, docs/trust-policy.md), minus revoked ones. Used wherever a key must be trusted by
 * itself, such as an event chain's seal, so all such places agree.
 */
function trustedPublicKeys(policy) {
    const [first = [], ...rest] = policy.publicKeys.lists;
    return first.filter((k) => rest.every((list) => list.includes(k)) && !policy.revokedPublicKeys.includes(k));
}
/** Signer and issuer names are self-declared; only a key or subject hash authenticates. */
function hasKeyAnchor(policy) {
    return policy.publicKeys.lists.length > 0 || policy.subjects.lists.length > 0;
}


/***/ }),

/***/ 2242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkAgentplaneArtifacts: () => (/* reexport */ checkAgentplaneArtifacts),
  checkCapsuleEntriesValid: () => (/* reexport */ checkCapsuleEntriesValid),
  checkCapsuleManifestPresent: () => (/* reexport */ checkCapsuleManifestPresent),
  checkCapsuleManifestSchema: () => (/* reexport */ checkCapsuleManifestSchema),
  checkEntryHashes: () => (/* reexport */ checkEntryHashes),
  checkEntryInventory: () => (/* reexport */ checkEntryInventory),
  checkEventChain: () => (/* reexport */ checkEventChain),
  checkOriginVerified: () => (/* reexport */ checkOriginVerified),
  checkOutputsMatch: () => (/* reexport */ checkOutputsMatch),
  checkProofPackManifest: () => (/* reexport */ checkProofPackManifest),
  checkProvenance: () => (/* reexport */ checkProvenance),
  checkPublicKeyAllows: () => (/* reexport */ checkPublicKeyAllows),
  checkPublicKeyLoaded: () => (/* reexport */ checkPublicKeyLoaded),
  checkRunManifestSnapshot: () => (/* reexport */ checkRunManifestSnapshot),
  checkSignatureCryptographic: () => (/* reexport */ checkSignatureCryptographic),
  checkSignatureKey: () => (/* reexport */ checkSignatureKey),
  checkSignatureKeyCanonical: () => (/* reexport */ checkSignatureKeyCanonical),
  checkSignaturePresent: () => (/* reexport */ checkSignaturePresent),
  checkSignatureSchema: () => (/* reexport */ checkSignatureSchema),
  checkSignatureSubject: () => (/* reexport */ checkSignatureSubject),
  checkTrustPolicyAllowsIssuer: () => (/* reexport */ checkTrustPolicyAllowsIssuer),
  checkTrustPolicyAllowsPublicKey: () => (/* reexport */ checkTrustPolicyAllowsPublicKey),
  checkTrustPolicyAllowsSigner: () => (/* reexport */ checkTrustPolicyAllowsSigner),
  checkTrustPolicyAllowsSubject: () => (/* reexport */ checkTrustPolicyAllowsSubject),
  checkTrustPolicyEvidenceClass: () => (/* reexport */ checkTrustPolicyEvidenceClass),
  checkTrustPolicyHasAnchor: () => (/* reexport */ checkTrustPolicyHasAnchor),
  checkTrustPolicyHasKeyAnchor: () => (/* reexport */ checkTrustPolicyHasKeyAnchor),
  checkTrustPolicyLoaded: () => (/* reexport */ checkTrustPolicyLoaded)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/prove/capsule-manifest.ts
var capsule_manifest = __webpack_require__(2479);
// EXTERNAL MODULE: ./src/zip/canonical.ts
var canonical = __webpack_require__(7973);
// EXTERNAL MODULE: ./src/verify/checks/context.ts
var context = __webpack_require__(6816);
;// CONCATENATED MODULE: ./src/verify/checks/inventory.ts




function checkCapsuleManifestPresent(ctx) {
    if (!ctx.get('entries').has(capsule_manifest/* CAPSULE_MANIFEST_NAME */.u5))
        return (0,context/* fail */.fJ)(`${capsule_manifest/* CAPSULE_MANIFEST_NAME */.u5} is not in the archive`);
    return (0,context/* pass */.IX)(`${capsule_manifest/* CAPSULE_MANIFEST_NAME */.u5} present`);
}
/** The text of a document entry, as the hashing pass read it. */
async function readEntryText(ctx, name) {
    const entry = ctx.get('entries').get(name);
    const file = `${ctx.path}!/${name}`;
    if (!entry)
        throw new errors/* CapsuleError */.Mu('capsule_entry_missing', `${file}: not in the archive`, { file });
    return decodeUtf8(await ctx.get('capsule').readEntry(entry, ctx.limits.maxDocumentBytes), file);
}
/** Signed-document JSON rules (duplicate keys, I-JSON numbers) and the exact field set. */
async function checkCapsuleManifestSchema(ctx) {
    const manifest = (0,capsule_manifest/* parseCapsuleManifest */.Es)(await readEntryText(ctx, capsule_manifest/* CAPSULE_MANIFEST_NAME */.u5), `${ctx.path}!/${capsule_manifest/* CAPSULE_MANIFEST_NAME */.u5}`);
    ctx.set('manifest', manifest);
    return (0,context/* pass */.IX)(`${capsule_manifest/* CAPSULE_MANIFEST_NAME */.u5} is ${manifest.schema}`, { schema: manifest.schema });
}
function decodeUtf8(bytes, file) {
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new errors/* CapsuleError */.Mu('utf8_invalid', `${file}: not UTF-8 text`, { file });
    }
}
/** The manifest's entries are sorted, unique, not itself, counted right; the archive holds files only. */
function checkCapsuleEntriesValid(ctx) {
    const m = ctx.get('manifest');
    const problems = [];
    if (m.entry_count !== m.entries.length)
        problems.push(`entry_count ${m.entry_count} but ${m.entries.length} entries listed`);
    m.entries.forEach((e, i) => {
        if (e.path === capsule_manifest/* CAPSULE_MANIFEST_NAME */.u5)
            problems.push(`/entries/${i}: the manifest lists itself`);
        if (i > 0 && (0,canonical/* comparePaths */.cD)(m.entries[i - 1].path, e.path) >= 0)
            problems.push(`/entries/${i}: ${JSON.stringify(e.path)} is not after ${JSON.stringify(m.entries[i - 1].path)} (entries must be sorted and unique)`);
    });
    const names = [...ctx.get('entries').keys()];
    for (const name of names)
        if (name.endsWith('/'))
            problems.push(`${JSON.stringify(name)}: directory entry (capsules hold files only)`);
    const sorted = [...names].sort(canonical/* comparePaths */.cD);
    if (names.some((n, i) => n !== sorted[i]))
        problems.push('archive entries are not sorted by path');
    if (problems.length > 0)
        return (0,context/* fail */.fJ)(problems[0], { problems });
    return (0,context/* pass */.IX)(`${m.entries.length} manifest entries, sorted and unique`);
}
/** Every archive entry but the manifest is listed, and every listed entry is in the archive. */
function checkEntryInventory(ctx) {
    const entries = ctx.get('entries');
    const listed = new Set(ctx.get('manifest').entries.map((e) => e.path));
    const archived = [...entries.keys()].filter((n) => n !== capsule_manifest/* CAPSULE_MANIFEST_NAME */.u5);
    const unlisted = archived.filter((n) => !listed.has(n));
    const missing = [...listed].filter((n) => !entries.has(n));
    if (unlisted.length || missing.length) {
        return (0,context/* fail */.fJ)(`archive and manifest disagree: ${unlisted.length} entries not in the manifest, ${missing.length} listed but absent`, { not_in_manifest: unlisted, not_in_archive: missing });
    }
    return (0,context/* pass */.IX)(`archive holds exactly the ${listed.size} listed entries`);
}
/**
 * Every entry (the manifest too), as the one hashing pass inflated it: the bytes must match
 * the central directory's size and CRC-32, and the manifest's size and sha256. Inflation
 * stopped at the declared size, so a size lie or bomb cost at most that much.
 */
function checkEntryHashes(ctx) {
    const recorded = new Map(ctx.get('manifest').entries.map((e) => [e.path, e]));
    const problems = [];
    for (const [name, { record: e, scan: digest }] of ctx.get('entries')) {
        const q = JSON.stringify(name);
        if (digest === null || 'error' in digest) {
            problems.push(`${q}: ${digest?.error ?? 'not read'}`);
            continue;
        }
        if (digest.size !== e.uncompressedSize)
            problems.push(`${q}: inflates to ${digest.size} bytes, the central directory says ${e.uncompressedSize}`);
        if (digest.crc32 !== e.crc32)
            problems.push(`${q}: CRC-32 ${digest.crc32.toString(16)} != recorded ${e.crc32.toString(16)}`);
        const want = recorded.get(name);
        if (want && (want.sha256 !== digest.sha256 || want.size_bytes !== digest.size)) {
            problems.push(`${q}: sha256 ${digest.sha256} (${digest.size} bytes), manifest records ${want.sha256} (${want.size_bytes} bytes)`);
        }
    }
    if (problems.length > 0)
        return (0,context/* fail */.fJ)(problems[0], { problems });
    return (0,context/* pass */.IX)(`${ctx.get('entries').size} entries match their CRC-32, size and sha256`);
}

// EXTERNAL MODULE: ./src/json/parse.ts
var parse = __webpack_require__(7105);
// EXTERNAL MODULE: ./src/schemas/registry.ts
var registry = __webpack_require__(3545);
;// CONCATENATED MODULE: ./src/verify/checks/contents.ts





/** Reads a JSON entry (as the hashing pass read it) with the strict parser and a schema; a CapsuleError names `capsule!/entry`. */
async function readJsonEntry(ctx, name, schema) {
    const file = `${ctx.path}!/${name}`;
    const doc = (0,parse/* parseJsonStrict */.jM)(await readEntryText(ctx, name), file, { ijson: true });
    (0,registry/* assertValid */.pP)(schema, doc.value, file, doc);
    return doc;
}
/** The byte copy of the run manifest: valid, and the one the capsule manifest names by hash. */
async function checkRunManifestSnapshot(ctx) {
    const snapshot = (await readJsonEntry(ctx, capsule_manifest/* SNAPSHOT_NAME */.lE, 'run-manifest')).value;
    const m = ctx.get('manifest');
    const recorded = m.entries.find((e) => e.path === capsule_manifest/* SNAPSHOT_NAME */.lE);
    const problems = [];
    if (recorded.sha256 !== m.source_manifest.sha256)
        problems.push(`snapshot sha256 ${recorded.sha256} != source_manifest.sha256 ${m.source_manifest.sha256}`);
    for (const field of ['run_id', 'path_id', 'status']) {
        if (snapshot[field] !== m[field])
            problems.push(`${field} ${JSON.stringify(snapshot[field])} in the snapshot, ${JSON.stringify(m[field])} in ${capsule_manifest/* CAPSULE_MANIFEST_NAME */.u5}`);
    }
    problems.push(...await packedBundleProblems(ctx, snapshot));
    if (problems.length > 0)
        return (0,context/* fail */.fJ)(problems[0], { problems });
    ctx.set('snapshot', snapshot);
    return (0,context/* pass */.IX)(`run ${snapshot.run_id} (${snapshot.status}) snapshot is a valid agilab.run_manifest`, { run_id: snapshot.run_id, status: snapshot.status });
}
/**
 * The bundle the capsule holds is the one the run staged: each file packed into `bundle/` has the
 * digest its staged inventory took before the job started (the bundle file: the manifest's
 * bundle.sha256), but those whose secret values were redacted, of those the capsule holds. The job runs as the user and may
 * rewrite the run folder's `bundle/` while it runs: without this a capsule could hold a script that
 * is not the one that ran, and verify.
 */
async function packedBundleProblems(ctx, snapshot) {
    const bundle = snapshot.proof_capsule?.bundle;
    const listed = bundle?.staged?.inventory;
    // Only a capsule that holds both the inventory and a bundle file is held to it: AGILAB's writer,
    // packing the same manifest, keeps neither.
    if (!bundle || !listed || !ctx.get('entries').has(listed))
        return [];
    const inventory = (await readJsonEntry(ctx, listed, 'staged-inventory')).value;
    const root = bundle.path.endsWith(`/${inventory.bundle_file}`) ? bundle.path.slice(0, -inventory.bundle_file.length) : 'bundle/';
    const held = new Map(ctx.get('manifest').entries.map((e) => [e.path, e.sha256]));
    const staged = new Map(inventory.files.map((f) => [f.path, f.sha256]));
    const redacted = new Set(bundle.redacted_files ?? []);
    const problems = [];
    for (const path of inventory.packed) {
        const recorded = staged.get(path) ?? (path === inventory.bundle_file ? bundle.sha256 : null);
        if (redacted.has(path) || recorded === null)
            continue;
        const sha256 = held.get(`${root}${path}`);
        if (sha256 !== undefined && sha256 !== recorded) {
            problems.push(`${root}${path} is ${sha256} in the capsule, but the run staged ${recorded} before the job started (${listed}): the bundle packed is not the one that ran`);
        }
    }
    return problems;
}
/** The root index lists every file of the pack but itself, with the digests the archive holds. */
async function checkProofPackManifest(ctx) {
    const index = (await readJsonEntry(ctx, capsule_manifest/* PROOF_PACK_INDEX_NAME */.y$, 'proof-pack')).value;
    const m = ctx.get('manifest');
    const inArchive = new Map(m.entries.filter((e) => e.path !== capsule_manifest/* PROOF_PACK_INDEX_NAME */.y$).map((e) => [e.path, e]));
    const problems = [];
    for (const f of index.files) {
        const e = inArchive.get(f.path);
        if (!e)
            problems.push(`files lists ${JSON.stringify(f.path)}, which the capsule does not hold`);
        else if (e.sha256 !== f.sha256 || e.size_bytes !== f.size_bytes)
            problems.push(`${JSON.stringify(f.path)}: index records ${f.sha256} (${f.size_bytes} bytes), the capsule holds ${e.sha256} (${e.size_bytes} bytes)`);
        inArchive.delete(f.path);
    }
    for (const path of inArchive.keys())
        problems.push(`${JSON.stringify(path)} is in the capsule but not in ${capsule_manifest/* PROOF_PACK_INDEX_NAME */.y$}`);
    if (index.source_manifest.sha256 !== m.source_manifest.sha256)
        problems.push('source_manifest.sha256 differs from the capsule manifest');
    if (index.run_id !== m.run_id)
        problems.push(`run_id ${JSON.stringify(index.run_id)} differs from the capsule manifest`);
    if (problems.length > 0)
        return (0,context/* fail */.fJ)(problems[0], { problems });
    ctx.set('packIndex', index);
    return (0,context/* pass */.IX)(`${capsule_manifest/* PROOF_PACK_INDEX_NAME */.y$} indexes ${index.files.length} files, all matching`);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/fsio/read.ts
var read = __webpack_require__(1715);
// EXTERNAL MODULE: ./src/keys/ed25519.ts
var ed25519 = __webpack_require__(9805);
// EXTERNAL MODULE: ./src/sign/signature.ts
var sign_signature = __webpack_require__(1491);
;// CONCATENATED MODULE: ./src/verify/checks/signature.ts





/** Signature documents are a few KiB; anything larger is not one. */
const MAX_SIGNATURE_BYTES = 64 * 1024;
/**
 * The named --signature (which must be readable: a signature that was asked for and cannot be
 * read is a failure, never "unsigned"), else `X.sig.json` beside the capsule. None, and none
 * required: not listed, a warning.
 */
function checkSignaturePresent(ctx) {
    const named = ctx.options.signaturePath;
    const path = named ?? (0,sign_signature/* defaultSignaturePath */.x7)(ctx.path);
    const anchored = ctx.options.trustPolicyPath !== undefined || (ctx.options.publicKeyPaths?.length ?? 0) > 0;
    if (named === undefined && !(0,external_node_fs_.existsSync)(path)) {
        if (ctx.options.requireSignature || anchored)
            return (0,context/* fail */.fJ)(`no detached signature at ${path}${anchored ? ' (a trust anchor was given, so the capsule must be signed)' : ''}`, { path });
        ctx.warnings.push(`capsule is unsigned (no ${path}): its integrity is checked, its origin is not`);
        return null;
    }
    ctx.set('signatureText', (0,read/* readTextFile */.Gu)(path, MAX_SIGNATURE_BYTES));
    return (0,context/* pass */.IX)(`detached signature ${path}`, { path });
}
function checkSignatureSchema(ctx) {
    const path = ctx.options.signaturePath ?? (0,sign_signature/* defaultSignaturePath */.x7)(ctx.path);
    const document = (0,sign_signature/* parseSignatureDocument */.tL)(ctx.get('signatureText'), path);
    ctx.set('signature', document);
    return (0,context/* pass */.IX)(`${path} is ${document.schema}`);
}
/** The signature names this exact file: digest, size, and the message rebuilt from it. */
function checkSignatureSubject(ctx) {
    const doc = ctx.get('signature');
    const { scan, file } = ctx.get('capsule');
    const problems = [];
    if (doc.subject.sha256 !== scan.sha256)
        problems.push(`signature is for sha256 ${doc.subject.sha256}, this capsule is ${scan.sha256}`);
    if (doc.subject.size_bytes !== file.size)
        problems.push(`signature subject is ${doc.subject.size_bytes} bytes, this capsule ${file.size}`);
    if (doc.signature.message !== (0,sign_signature/* signatureMessage */.ML)(scan.sha256))
        problems.push('signature.message is not the message for this capsule');
    if (problems.length > 0)
        return (0,context/* fail */.fJ)(problems[0], { problems });
    return (0,context/* pass */.IX)(`signature subject is this capsule (sha256 ${scan.sha256})`);
}
/** An Ed25519 SPKI PEM with a 32-byte key, whose recorded sha256 is that key's identity. */
function checkSignatureKey(ctx) {
    const key = ctx.get('signature').key;
    const raw = (0,ed25519.publicKeyFromPem)(key.public_key_pem);
    const identity = (0,ed25519.publicKeyIdentity)(raw);
    if (identity !== key.public_key_sha256)
        return (0,context/* fail */.fJ)(`key.public_key_sha256 ${key.public_key_sha256} is not the identity of the key in the PEM (${identity})`, { public_key_sha256: identity });
    ctx.set('signingKey', { raw, identity });
    return (0,context/* pass */.IX)(`Ed25519 key ${identity}`, { public_key_sha256: identity });
}
/**
 * The PEM is the one canonical text of its key. Another spelling of the same key (CRLF line
 * ends, another line width) would hash to another public_key_sha256, so it is refused rather
 * than let a re-wrapped revoked key pass for a new one.
 */
function checkSignatureKeyCanonical(ctx) {
    const pem = ctx.get('signature').key.public_key_pem;
    const { raw, identity } = ctx.get('signingKey');
    if (pem !== (0,ed25519.canonicalPublicKeyPem)(raw))
        return (0,context/* fail */.fJ)(`key.public_key_pem is not the canonical PEM of key ${identity} (re-wrapped, other line ends or missing final newline)`, { public_key_sha256: identity });
    return (0,context/* pass */.IX)('key.public_key_pem is the canonical PEM of its key');
}
/** Strict RFC 8032 verification over the message rebuilt from the bytes the pass read. */
function checkSignatureCryptographic(ctx) {
    const doc = ctx.get('signature');
    const { raw, identity } = ctx.get('signingKey');
    const signature = (0,sign_signature/* decodeBase64Strict */.Fm)(doc.signature.value);
    if (!signature)
        return (0,context/* fail */.fJ)('signature.value is not canonical padded base64');
    if (signature.length !== 64)
        return (0,context/* fail */.fJ)(`signature is ${signature.length} bytes, Ed25519 signatures are 64`);
    const ok = (0,ed25519.verifyEd25519Strict)(raw, Buffer.from((0,sign_signature/* signatureMessage */.ML)(ctx.get('capsule').scan.sha256), 'utf8'), signature);
    if (!ok)
        return (0,context/* fail */.fJ)('Ed25519 signature does not verify (strict RFC 8032) for this capsule and key');
    return (0,context/* pass */.IX)(`Ed25519 signature verifies with key ${identity}`);
}

// EXTERNAL MODULE: ./src/trust/anchors.ts
var trust_anchors = __webpack_require__(8948);
;// CONCATENATED MODULE: ./src/verify/checks/trust.ts



async function checkTrustPolicyLoaded(ctx) {
    const path = ctx.options.trustPolicyPath;
    if (path === undefined)
        return null;
    // The reader (with its TOML parser) is loaded only for a run that names a policy.
    const policy = (await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(9742)]).then(__webpack_require__.bind(__webpack_require__, 9742))).loadTrustPolicy(path);
    if (policy.notAfter !== null && Date.parse(policy.notAfter) < Date.now()) {
        return (0,context/* fail */.fJ)(`trust policy ${path} expired at ${policy.notAfter}`, { not_after: policy.notAfter });
    }
    const unknown = policy.unknownKeys;
    if (unknown.length > 0) {
        const message = `${path}: unknown ${unknown.length === 1 ? 'key' : 'keys'} ${unknown.map((k) => JSON.stringify(k)).join(', ')}: no trust-policy spelling names ${unknown.length === 1 ? 'it' : 'them'}, so ${unknown.length === 1 ? 'it trusts' : 'they trust'} nothing (AGILAB ignores them)`;
        if (ctx.options.strict)
            return (0,context/* fail */.fJ)(`${message}; --strict refuses a policy it cannot fully read`, { unknown_keys: unknown });
        ctx.warnings.push(message);
    }
    ctx.set('policy', policy);
    return (0,context/* pass */.IX)(`trust policy ${path}`, unknown.length > 0 ? { unknown_keys: unknown } : {});
}
function checkTrustPolicyHasAnchor(ctx) {
    const policy = ctx.get('policy');
    if (!(0,trust_anchors/* hasAnyAnchor */.Yk)(policy))
        return (0,context/* fail */.fJ)(`${policy.path} declares no anchor (public key, signer, issuer or subject)`);
    return (0,context/* pass */.IX)('trust policy declares at least one anchor');
}
/** Signer and issuer are self-declared labels: without a key or subject anchor nothing is authenticated. */
function checkTrustPolicyHasKeyAnchor(ctx) {
    const policy = ctx.get('policy');
    if ((0,trust_anchors/* hasKeyAnchor */.zm)(policy))
        return (0,context/* pass */.IX)('trust policy anchors a public key or subject hash');
    const message = `${policy.path} anchors only self-declared names (signer/issuer): anyone can claim them; add allowed_public_key_sha256 or expected_subject_sha256`;
    if (ctx.options.strict)
        return (0,context/* fail */.fJ)(message);
    ctx.warnings.push(message);
    return null;
}
function allows(anchor, value, what) {
    if (anchor.lists.length === 0)
        return (0,context/* pass */.IX)(`${what} not constrained by the policy`);
    if (!(0,trust_anchors/* anchorAllows */.ul)(anchor, value))
        return (0,context/* fail */.fJ)(`${what} ${JSON.stringify(value)} is not in ${anchor.fields.join(' and ')}`, { value, fields: anchor.fields });
    return (0,context/* pass */.IX)(`${what} ${JSON.stringify(value)} is trusted`, { value });
}
/** By the key's identity, computed from the key: a re-spelled PEM is still the (perhaps revoked) key it is. */
function checkTrustPolicyAllowsPublicKey(ctx) {
    const policy = ctx.get('policy');
    const key = ctx.get('signingKey').identity;
    if (policy.revokedPublicKeys.includes(key))
        return (0,context/* fail */.fJ)(`public key ${key} is revoked by the policy`, { value: key });
    return allows(policy.publicKeys, key, 'public key');
}
function checkTrustPolicyAllowsSigner(ctx) {
    return allows(ctx.get('policy').signers, ctx.get('signature').signer, 'signer');
}
function checkTrustPolicyAllowsIssuer(ctx) {
    return allows(ctx.get('policy').issuers, ctx.get('signature').issuer, 'issuer');
}
function checkTrustPolicyAllowsSubject(ctx) {
    return allows(ctx.get('policy').subjects, ctx.get('capsule').scan.sha256, 'subject sha256');
}
/** `--public-key PEM` (repeatable): keys trusted without a policy file. */
function checkPublicKeyLoaded(ctx) {
    const paths = ctx.options.publicKeyPaths ?? [];
    if (paths.length === 0)
        return null;
    const keys = paths.map(ed25519.publicKeyFileSha256);
    ctx.set('anchorKeys', keys);
    return (0,context/* pass */.IX)(`${keys.length} public key${keys.length === 1 ? '' : 's'} given as trust anchors`, { public_key_sha256: keys });
}
function checkPublicKeyAllows(ctx) {
    const key = ctx.get('signingKey').identity;
    if (!ctx.get('anchorKeys').includes(key))
        return (0,context/* fail */.fJ)(`public key ${key} is not one of the --public-key anchors`, { value: key });
    return (0,context/* pass */.IX)(`public key ${key} is a --public-key anchor`, { value: key });
}
/** The anchor checks that must all have passed for the signer's key to count. */
const POLICY_ADMITS = ['capsule_trust_policy_allows_public_key', 'capsule_trust_policy_allows_signer', 'capsule_trust_policy_allows_issuer', 'capsule_trust_policy_allows_subject'];
/**
 * Origin is proven only by a signature that verified under every trust anchor given (policy,
 * --public-key); a policy anchoring only self-declared names proves nothing. Without any
 * anchor this is not listed (integrity only) unless --require-signature demands origin.
 */
function checkOriginVerified(ctx) {
    const policyGiven = ctx.options.trustPolicyPath !== undefined;
    const keysGiven = (ctx.options.publicKeyPaths?.length ?? 0) > 0;
    const policy = ctx.maybe('policy');
    const authenticating = keysGiven || (policy !== undefined && (0,trust_anchors/* hasKeyAnchor */.zm)(policy));
    if (!authenticating) {
        const why = policyGiven ? 'the trust policy anchors no public key or subject hash' : 'no trust anchor was given (--trust-policy or --public-key)';
        if (ctx.options.requireSignature)
            return (0,context/* fail */.fJ)(`origin not verified: the signature verifies, but ${why}`);
        return null;
    }
    const refused = [
        ...(policyGiven ? POLICY_ADMITS.filter((id) => !ctx.passed(id)) : []),
        ...(keysGiven && !ctx.passed('capsule_public_key_allows') ? ['capsule_public_key_allows'] : []),
    ];
    if (refused.length > 0)
        return (0,context/* fail */.fJ)(`origin not verified: ${refused.join(', ')} did not pass`, { refused });
    const key = ctx.get('signingKey');
    ctx.set('origin', key);
    return (0,context/* pass */.IX)(`origin verified: signed by key ${key.identity}, admitted by ${[policyGiven ? 'the trust policy' : '', keysGiven ? '--public-key' : ''].filter(Boolean).join(' and ')}`, { public_key_sha256: key.identity });
}
/**
 * Keys whose signatures count for the chain seal and the DSSE provenance: only once the
 * capsule's origin is verified, and then those the anchors name (and the verified signer).
 */
function admittedKeys(ctx) {
    const origin = ctx.maybe('origin');
    if (!origin)
        return [];
    const policy = ctx.maybe('policy');
    return [...new Set([origin.identity, ...(policy ? (0,trust_anchors/* trustedPublicKeys */.jz)(policy) : []), ...(ctx.maybe('anchorKeys') ?? [])])];
}
/** Our extension: the evidence chain must reach at least the class the policy requires. */
function checkTrustPolicyEvidenceClass(ctx) {
    const required = ctx.get('policy').requiredEvidenceClass;
    if (!required)
        return null;
    const rank = ['NON_AUTHORITATIVE_EVIDENCE', 'PARTIAL_AUTHORITATIVE_EVIDENCE', 'AUTHORITATIVE_EVIDENCE'];
    const actual = ctx.maybe('chain')?.classification ?? null;
    if (actual === null || rank.indexOf(actual) < rank.indexOf(required))
        return (0,context/* fail */.fJ)(`evidence class ${actual ?? 'none (no event chain)'} is below the required ${required}`, { required, actual });
    return (0,context/* pass */.IX)(`evidence class ${actual} meets the required ${required}`);
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/exports/provenance.ts
var provenance = __webpack_require__(8252);
// EXTERNAL MODULE: ./src/schemas/top-level-properties.ts
var top_level_properties = __webpack_require__(2144);
// EXTERNAL MODULE: ./src/hash/tree.ts
var hash_tree = __webpack_require__(1374);
;// CONCATENATED MODULE: ./src/verify/checks/outputs.ts




/** AGILAB's packer records no artifact digests and packs no artifacts: what is absent is listed, not failed. */
const NO_HASH_RECORDED = 'not packed, no hash recorded';
const AGILAB_PACKED = "not packed (AGILAB's packer packs no run files)";
/** A root index without our `artifacts` record: written by AGILAB's packer, which packs no run files. */
function packedByAgilab(ctx) {
    const index = ctx.maybe('packIndex');
    return index !== undefined && index.artifacts === undefined;
}
/**
 * What the capsule holds is what the run recorded. Our outputs (each with its sha256) must be
 * in the capsule with that digest, unless referenced by hash. An artifact our packer recorded
 * in the index (a file's sha256, a directory's tree digest) must be there with that digest.
 * An artifact no digest was recorded for (AGILAB's packer never packs or hashes them) is
 * checked against its recorded size when the capsule holds it, else listed as not packed;
 * so are our outputs in a capsule AGILAB's packer wrote (it packs no run files).
 */
function checkOutputsMatch(ctx) {
    const snapshot = ctx.get('snapshot');
    const held = new Map(ctx.get('manifest').entries.map((e) => [e.path, e]));
    const referenced = ctx.get('manifest').limitations.join('\n');
    const problems = [];
    const notPacked = [];
    let checked = 0;
    const byAgilab = packedByAgilab(ctx);
    for (const out of snapshot.proof_capsule?.outputs ?? []) {
        const e = held.get(out.path);
        if (!e && byAgilab) {
            const reason = `${AGILAB_PACKED} (the run recorded sha256 ${out.sha256})`;
            notPacked.push({ name: out.path, path: out.path, reason });
            continue;
        }
        checked++;
        if (!e) {
            if (!referenced.includes(JSON.stringify(out.path)))
                problems.push(`output ${out.path} is not in the capsule`);
        }
        else if (e.sha256 !== out.sha256 || e.size_bytes !== out.size_bytes) {
            problems.push(`output ${out.path}: capsule holds ${digest(e)}, the run recorded ${digest(out)}`);
        }
    }
    const records = ctx.get('packIndex').artifacts;
    if (records && records.length !== snapshot.artifacts.length) {
        const counts = `${records.length} artifacts, the run manifest snapshot ${snapshot.artifacts.length}`;
        problems.push(`${capsule_manifest/* PROOF_PACK_INDEX_NAME */.y$} records ${counts}`);
    }
    else {
        snapshot.artifacts.forEach((a, i) => {
            if (!a.exists)
                return;
            const v = records ? againstRecord(a, records[i], held) : unrecorded(a, held, referenced);
            if ('problem' in v)
                problems.push(v.problem);
            else if ('notPacked' in v)
                notPacked.push({ name: a.name, path: a.path, reason: v.notPacked });
            else
                checked++;
        });
    }
    const details = { checked, not_packed: notPacked };
    if (problems.length > 0)
        return (0,context/* fail */.fJ)(problems[0], { ...details, problems });
    const each = notPacked.map((n) => `${n.name}: ${n.reason}`).join('; ');
    const listed = notPacked.length ? `; ${notPacked.length} not packed (${each})` : '';
    return (0,context/* pass */.IX)(`${checked} recorded outputs/artifacts match${listed}`, details);
}
/** Our packer's record of one artifact, checked against the entries it names. */
function againstRecord(a, r, held) {
    const what = `artifact ${a.name} (${a.path})`;
    if (r.name !== a.name) {
        const names = `${JSON.stringify(r.name)} where the snapshot has ${JSON.stringify(a.name)}`;
        return { problem: `${capsule_manifest/* PROOF_PACK_INDEX_NAME */.y$} records artifact ${names}` };
    }
    if (r.packed === 'referenced')
        return { notPacked: `referenced by hash (${digest(r)}): ${r.note ?? 'not copied'}` };
    if (r.packed === 'not packed')
        return { notPacked: r.note ?? 'not packed' };
    if (external_node_path_.posix.normalize(a.path) !== r.pack_path) {
        return { problem: `${what}: the snapshot points at ${a.path}, the pack holds it at ${r.pack_path}` };
    }
    if (r.packed === 'file') {
        const e = held.get(r.pack_path);
        if (!e)
            return { problem: `${what} is recorded as packed at ${r.pack_path}, which the capsule does not hold` };
        if (e.sha256 !== r.sha256 || e.size_bytes !== r.size_bytes) {
            return { problem: `${what}: capsule holds ${digest(e)}, the pack recorded ${digest(r)}` };
        }
        return { checked: true };
    }
    const tree = treeUnder(r.pack_path, held);
    if (tree.length !== r.file_count || (0,hash_tree/* treeDigest */.f)(tree) !== r.sha256) {
        const found = `the ${tree.length} files under ${r.pack_path}/ have tree digest ${(0,hash_tree/* treeDigest */.f)(tree)}`;
        return { problem: `${what}: ${found}, the pack recorded ${r.sha256} over ${r.file_count} files` };
    }
    return { checked: true };
}
/** An artifact with no recorded digest: its recorded size where the capsule holds it, else listed. */
function unrecorded(a, held, referenced) {
    const path = external_node_path_.posix.normalize(a.path);
    const e = held.get(path);
    if (e) {
        if (a.size_bytes !== null && e.size_bytes !== a.size_bytes) {
            const sizes = `${e.size_bytes} bytes in the capsule, ${a.size_bytes} recorded`;
            return { problem: `artifact ${a.name} (${a.path}): ${sizes}` };
        }
        return { checked: true };
    }
    if (treeUnder(path, held).length > 0)
        return { checked: true };
    if (referenced.includes(JSON.stringify(path)))
        return { notPacked: 'referenced by hash (above the copy cap)' };
    return { notPacked: NO_HASH_RECORDED };
}
/** The entries below `dir/`, by their path under it (what a directory artifact's tree digest covers). */
function treeUnder(dir, held) {
    const prefix = `${dir}/`;
    return [...held.values()].filter((e) => e.path.startsWith(prefix))
        .map((e) => ({ ...e, path: e.path.slice(prefix.length) }));
}
const digest = (d) => `${d.sha256} (${d.size_bytes} bytes)`;

;// CONCATENATED MODULE: ./src/verify/checks/evidence.ts










const EVENTS = 'evidence/events.jsonl';
/**
 * Our check: the sealed event chain verifies, streamed from the bytes the hashing pass read
 * (nothing is extracted; a line past the chain's length cap stops the read), and its class is
 * recorded. A seal counts as trusted only under a verified origin (admittedKeys): an
 * unanchored or unverified capsule's chain is NON_AUTHORITATIVE, however it is sealed.
 */
async function checkEventChain(ctx) {
    const declared = ctx.get('snapshot').proof_capsule?.evidence;
    const e = ctx.get('entries').get(EVENTS);
    if (!e && declared && packedByAgilab(ctx)) {
        // AGILAB's packer packs no run files: the chain is absent, not tampered with, and nothing
        // it would prove is claimed (no evidence class).
        const chain = `an event chain (${declared.event_count} events, final hash ${declared.final_hash})`;
        ctx.warnings.push(`the run records ${chain} that this capsule does not hold (AGILAB's packer packs no run files): no evidence class`);
        return null;
    }
    if (!e)
        return declared ? (0,context/* fail */.fJ)(`run manifest declares an event chain, but ${EVENTS} is not in the capsule`) : null;
    // The chain verifier (a ~100 KB chunk) is loaded only for a capsule that holds a chain.
    const { verifyChainStream } = await Promise.all(/* import() */[__webpack_require__.e(223), __webpack_require__.e(2692)]).then(__webpack_require__.bind(__webpack_require__, 223));
    const report = await verifyChainStream(ctx.get('capsule').entryChunks(e), `${ctx.path}!/${EVENTS}`, { trustedPublicKeySha256: admittedKeys(ctx) });
    ctx.set('chain', report);
    const details = { classification: report.classification, event_count: report.event_count, final_hash: report.final_hash, sealed: report.sealed, seal_trusted: report.seal_trusted, errors: report.errors.slice(0, 10) };
    if (report.status !== 'PASS')
        return (0,context/* fail */.fJ)(`${EVENTS}: chain FAIL: ${report.errors[0]?.rule ?? 'unknown'}: ${report.errors[0]?.message ?? ''}`, details);
    if (declared && (declared.final_hash !== report.final_hash || declared.event_count !== report.event_count)) {
        return (0,context/* fail */.fJ)(`${EVENTS}: final hash/event count differ from the run manifest's evidence block`, details);
    }
    return (0,context/* pass */.IX)(`${EVENTS}: ${report.event_count} events verify; ${report.classification}`, details);
}
/**
 * The DSSE provenance verifies and its subjects match the pack. Only the envelope and its key
 * are read; subjects are matched against the entry digests capsule_entry_hashes_match proved.
 * Its key counts only under a verified origin; before that the envelope is only self-consistent.
 */
async function checkProvenance(ctx) {
    const entries = ctx.get('entries');
    const names = [...entries.keys()].filter((n) => n.startsWith('provenance/'));
    if (names.length === 0)
        return null;
    const files = new Map();
    for (const name of names)
        files.set(name, await ctx.get('capsule').readEntry(entries.get(name), ctx.limits.maxDocumentBytes));
    const digests = new Map(ctx.get('manifest').entries.map((e) => [e.path, e.sha256]));
    const result = (0,provenance/* verifyProvenance */.Tu)(files, digests);
    if (result.status === 'unsigned') {
        ctx.warnings.push(`provenance is unsigned: ${result.message}`);
        return null;
    }
    const details = { status: result.status, keyid: result.keyid ?? null };
    if (!result.ok)
        return (0,context/* fail */.fJ)(result.message, details);
    const admitted = admittedKeys(ctx);
    if (admitted.length === 0)
        return (0,context/* pass */.IX)(`${result.message}; its key is the one the capsule carries, not anchored (origin not verified)`, { ...details, anchored: false });
    if (result.keyid && !admitted.includes(result.keyid))
        return (0,context/* fail */.fJ)(`provenance signed by key ${result.keyid}, which no trust anchor admits`, details);
    return (0,context/* pass */.IX)(result.message, { ...details, anchored: true });
}
/** Each `agentplane/<stem>.json` validates against the registered `agentplane-<stem>` schema. */
async function checkAgentplaneArtifacts(ctx) {
    const names = [...ctx.get('entries').keys()].filter((n) => n.startsWith('agentplane/') && n.endsWith('.json'));
    if (names.length === 0)
        return null;
    const problems = [];
    const validated = [];
    const unchecked = [];
    for (const name of names) {
        const schema = agentplaneSchemaFor(name);
        const file = `${ctx.path}!/${name}`;
        try {
            const doc = (0,parse/* parseJsonStrict */.jM)(await readEntryText(ctx, name), file);
            if (!schema) {
                unchecked.push(name);
                continue;
            }
            const issues = (0,registry/* validateAgainst */.sq)(schema, doc.value, doc);
            problems.push(...issues.map((i) => `${file}${i.line ? `:${i.line}:${i.column}` : ''} ${i.pointer || '/'}: ${i.message}`));
            validated.push(name);
        }
        catch (err) {
            if (err instanceof errors/* CapsuleError */.Mu)
                problems.push(err.message);
            else
                throw err;
        }
    }
    if (problems.length > 0)
        return (0,context/* fail */.fJ)(problems[0], { problems, validated, unchecked });
    return (0,context/* pass */.IX)(`${validated.length} agentplane artifacts validate${unchecked.length ? `; ${unchecked.length} parse but have no registered schema` : ''}`, { validated, unchecked });
}
/** `agentplane/RunArtifact.json` → `agentplane-RunArtifact` or `agentplane-run-artifact`, whichever is registered. */
function agentplaneSchemaFor(name) {
    const stem = external_node_path_.posix.basename(name, '.json');
    const kebab = stem.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/_/g, '-').toLowerCase();
    for (const candidate of [`agentplane-${stem}`, `agentplane-${kebab}`]) {
        if (Object.hasOwn(top_level_properties/* topLevelProperties */.R, `${candidate}.schema.json`))
            return candidate;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/verify/checks/later.ts
// The checks that read what the pass established: their code (with the validators, the chain
// verifier and the key code they use) is loaded while the pass reads the file (src/verify/capsule.ts).








/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ TOOL_NAME),
/* harmony export */   w: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
/** The tool's version, written into every document it produces. Bump with package.json. */
const TOOL_NAME = 'proof-capsule';
const TOOL_VERSION = '0.1.0';


/***/ })

};
