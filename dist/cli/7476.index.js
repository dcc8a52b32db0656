export const id = 7476;
export const ids = [7476,7620,3640,9805,5178,7348,4967];
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

/***/ 6318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ placeArtifacts),
/* harmony export */   w: () => (/* binding */ packPathOf)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



function expandHome(p) {
    return p === '~' || p.startsWith('~/') ? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)() + p.slice(1) : p;
}
function foundAt(path) {
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
        return st.isFile() ? 'file' : st.isDirectory() ? 'directory' : st.isSymbolicLink() ? 'symlink' : 'other';
    }
    catch {
        return 'missing';
    }
}
/**
 * Every artifact of a manifest, placed. AGILAB's own writer records absolute paths (inside the
 * run folder or not) and `kind: "directory"` for folders; other writers record paths relative
 * to the manifest. Both resolve here the way AGILAB's verifier resolves them.
 */
function placeArtifacts(manifest, manifestPath) {
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(manifestPath));
    return manifest.artifacts.map((artifact, index) => {
        const recorded = expandHome(artifact.path);
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(recorded);
        const location = absolute ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(recorded) : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(folder, recorded);
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(folder, location);
        const inside = rel !== '' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`) && rel !== '..' && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel);
        const inRunFolder = inside ? rel.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/') : null;
        return { index, artifact, location, absolute, inRunFolder, found: foundAt(location) };
    });
}
/**
 * Where a proof pack holds an artifact found inside the run folder: a relative path as
 * recorded (it resolves the same in the unpacked capsule), an absolute one under `artifacts/`
 * (the snapshot is re-pointed there).
 */
function packPathOf(place) {
    if (place.inRunFolder === null)
        return null;
    if (!place.absolute)
        return place.inRunFolder;
    return place.inRunFolder.startsWith('artifacts/') ? place.inRunFolder : `artifacts/${place.inRunFolder}`;
}


/***/ }),

/***/ 8553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ readRunManifest)
/* harmony export */ });
/* harmony import */ var _fsio_read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1715);
/* harmony import */ var _json_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7105);
/* harmony import */ var _schemas_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3545);
/* harmony import */ var _hash_sha256_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6813);




/**
 * Reads and schema-validates a run manifest; errors name the file, pointer and line:column.
 * One read: the digest is of the very bytes parsed.
 */
async function readRunManifest(path) {
    const bytes = (0,_fsio_read_js__WEBPACK_IMPORTED_MODULE_0__/* .readFileCapped */ .uh)(path);
    const doc = (0,_json_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonStrict */ .jM)(bytes.toString('utf8'), path, { ijson: true });
    (0,_schemas_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .assertValid */ .pP)('run-manifest', doc.value, path, doc);
    return { manifest: doc.value, path, sha256: (0,_hash_sha256_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256Hex */ .fg)(bytes), size: bytes.length, doc };
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

/***/ 6777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   freshRunFolderReport: () => (/* binding */ freshRunFolderReport),
/* harmony export */   resolveRunManifestPath: () => (/* binding */ resolveRunManifestPath),
/* harmony export */   verifyRunFolder: () => (/* binding */ verifyRunFolder)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _fsio_read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1715);
/* harmony import */ var _hash_sha256_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6813);
/* harmony import */ var _json_parse_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7105);
/* harmony import */ var _manifest_artifacts_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6318);
/* harmony import */ var _manifest_read_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8553);
/* harmony import */ var _schemas_registry_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3545);
/* harmony import */ var _prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2479);
/* harmony import */ var _steps_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(5582);












const RUN_FOLDER_STEPS = [
    { id: 'run_manifest_valid', needs: [], run: checkManifestValid },
    { id: 'run_artifacts_present', needs: ['run_manifest_valid'], run: checkArtifactsPresent },
    { id: 'outputs_match_recorded_hashes', needs: ['run_manifest_valid'], run: checkOutputHashes },
    { id: 'event_chain_valid', needs: ['run_manifest_valid'], run: checkFolderChain },
    { id: 'proof_pack_manifest_valid', needs: ['run_manifest_valid'], run: checkPackIndex },
];
/** A manifest path, or a folder holding `run_manifest.json` or (unpacked capsule / pack dir) the snapshot. */
function resolveRunManifestPath(target) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(target).isDirectory())
        return target;
    for (const name of ['run_manifest.json', _prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_10__/* .SNAPSHOT_NAME */ .lE])
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(target, name)))
            return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(target, name);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CapsuleError */ .Mu('run_manifest_missing', `${target}: holds neither run_manifest.json nor ${_prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_10__/* .SNAPSHOT_NAME */ .lE}`, { file: target });
}
/**
 * `capsule verify run_manifest.json` (AGILAB's verify takes a manifest): the manifest is valid,
 * its artifacts are where it says with the sizes it records, our outputs match their hashes,
 * the event chain verifies, and in a pack dir the root index matches every file.
 */
async function verifyRunFolder(target, options = {}) {
    const manifestPath = resolveRunManifestPath(target);
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(manifestPath));
    const result = await (0,_steps_js__WEBPACK_IMPORTED_MODULE_11__/* .runSteps */ .rl)(RUN_FOLDER_STEPS, { loaded: 'run_manifest_valid', chain: 'event_chain_valid' }, (facts, warnings) => ({
        ...facts, manifestPath, folder, warnings, trusted: options.trustedPublicKeySha256 ?? [], skipArtifacts: options.skipArtifacts ?? false,
    }));
    const path = options.displayPath ?? manifestPath;
    return folderReport(result.checks, result.warnings, path, result.fact('loaded'), result.fact('chain'));
}
/**
 * The report `verifyRunFolder` gives for a run folder the pipeline has just made, from what the
 * pipeline knows instead of reading the folder back: it built and validated the manifest (`loaded`,
 * from the bytes it wrote), wrote and hashed every artifact and output it records, and verified
 * the sealed chain (`chain`, under the keys trusted here).
 */
function freshRunFolderReport(loaded, chain, displayPath) {
    const evidence = loaded.manifest.proof_capsule?.evidence;
    const outcomes = [
        ['run_manifest_valid', manifestValid(loaded)],
        ['run_artifacts_present', artifactsPresent(loaded)],
        ['outputs_match_recorded_hashes', outputsMatch(loaded)],
        ['event_chain_valid', evidence ? chainCheck(chain, evidence) : null],
    ];
    const checks = outcomes.flatMap(([id, outcome]) => (outcome ? [{ id, ...outcome }] : []));
    return folderReport(checks, [], displayPath, loaded, evidence ? chain : undefined);
}
function folderReport(checks, warnings, path, loaded, chain) {
    return {
        schema: 'agilab.proof_capsule_verification.v1',
        status: checks.every((c) => c.status === 'pass') ? 'pass' : 'fail',
        capsule: { path, sha256: loaded?.sha256 ?? null, size_bytes: loaded?.size ?? null },
        strict: false,
        checks,
        warnings,
        evidence_class: chain?.classification ?? null,
        // A folder carries no signature: whoever wrote its files is not proven here.
        origin: {
            verified: false,
            public_key_sha256: null,
            summary: 'origin not verified: a run folder carries no signature; this verifies integrity only',
        },
    };
}
const manifestValid = (loaded) => (0,_steps_js__WEBPACK_IMPORTED_MODULE_11__/* .pass */ .IX)(`run ${loaded.manifest.run_id} (${loaded.manifest.status}): valid agilab.run_manifest`);
const artifactsPresent = (loaded) => (0,_steps_js__WEBPACK_IMPORTED_MODULE_11__/* .pass */ .IX)(`${loaded.manifest.artifacts.filter((a) => a.exists).length} artifacts present with their recorded sizes`);
const outputsMatch = (loaded) => (0,_steps_js__WEBPACK_IMPORTED_MODULE_11__/* .pass */ .IX)(`${(loaded.manifest.proof_capsule?.outputs ?? []).length} outputs match their recorded sha256`);
async function checkManifestValid(ctx) {
    const loaded = await (0,_manifest_read_js__WEBPACK_IMPORTED_MODULE_8__/* .readRunManifest */ .t)(ctx.manifestPath);
    ctx.set('loaded', loaded);
    return manifestValid(loaded);
}
/** As AGILAB checks them: each artifact recorded as existing is there (a file or a folder, absolute or manifest-relative). */
function checkArtifactsPresent(ctx) {
    if (ctx.skipArtifacts)
        return (0,_steps_js__WEBPACK_IMPORTED_MODULE_11__/* .pass */ .IX)('artifact existence checks skipped (--no-artifacts)', { skipped: true });
    const problems = [];
    const places = (0,_manifest_artifacts_js__WEBPACK_IMPORTED_MODULE_7__/* .placeArtifacts */ .X)(ctx.get('loaded').manifest, ctx.manifestPath).filter((p) => p.artifact.exists);
    for (const { artifact: a, found, location } of places) {
        if (found === 'missing' || (found === 'symlink' && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(location)))
            problems.push(`artifact ${a.name}: ${a.path} is missing`);
        else if (found === 'file' && a.size_bytes !== null && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(location).size !== a.size_bytes) {
            problems.push(`artifact ${a.name}: ${a.path} is ${(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(location).size} bytes, ${a.size_bytes} recorded`);
        }
    }
    if (problems.length > 0)
        return (0,_steps_js__WEBPACK_IMPORTED_MODULE_11__/* .fail */ .fJ)(problems[0], { problems });
    return artifactsPresent(ctx.get('loaded'));
}
async function checkOutputHashes(ctx) {
    const outputs = ctx.get('loaded').manifest.proof_capsule?.outputs ?? [];
    const problems = [];
    for (const out of outputs) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(ctx.folder, out.path);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
            problems.push(`output ${out.path} is missing`);
            continue;
        }
        const digest = await regularFileDigest(path);
        if (typeof digest === 'string')
            problems.push(`output ${out.path} ${digest}`);
        else if (digest.sha256 !== out.sha256 || digest.size !== out.size_bytes)
            problems.push(`output ${out.path}: sha256 ${digest.sha256} (${digest.size} bytes), recorded ${out.sha256} (${out.size_bytes} bytes)`);
    }
    if (problems.length > 0)
        return (0,_steps_js__WEBPACK_IMPORTED_MODULE_11__/* .fail */ .fJ)(problems[0], { problems });
    return outputsMatch(ctx.get('loaded'));
}
async function checkFolderChain(ctx) {
    const evidence = ctx.get('loaded').manifest.proof_capsule?.evidence;
    if (!evidence)
        return null;
    // Loaded only for a run that has a chain: a plain AGILAB manifest has none.
    const { verifyChainFile } = await Promise.all(/* import() */[__webpack_require__.e(9605), __webpack_require__.e(223), __webpack_require__.e(7038)]).then(__webpack_require__.bind(__webpack_require__, 223));
    const report = await verifyChainFile((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(ctx.folder, evidence.events), { trustedPublicKeySha256: ctx.trusted });
    ctx.set('chain', report);
    return chainCheck(report, evidence);
}
function chainCheck(report, evidence) {
    const { events } = evidence;
    const details = { classification: report.classification, event_count: report.event_count, final_hash: report.final_hash };
    if (report.status !== 'PASS') {
        return (0,_steps_js__WEBPACK_IMPORTED_MODULE_11__/* .fail */ .fJ)(`${events}: chain FAIL: ${report.errors[0]?.rule ?? ''}: ${report.errors[0]?.message ?? ''}`, details);
    }
    if (report.final_hash !== evidence.final_hash) {
        return (0,_steps_js__WEBPACK_IMPORTED_MODULE_11__/* .fail */ .fJ)(`${events}: final hash ${report.final_hash} differs from the manifest's ${evidence.final_hash}`, details);
    }
    return (0,_steps_js__WEBPACK_IMPORTED_MODULE_11__/* .pass */ .IX)(`${events}: ${report.event_count} events verify; ${report.classification}`, details);
}
/** Only in a pack dir or unpacked capsule (the root index sits beside the manifest). */
async function checkPackIndex(ctx) {
    const indexPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(ctx.folder, _prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_10__/* .PROOF_PACK_INDEX_NAME */ .y$);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(indexPath))
        return null;
    const doc = (0,_json_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .readJsonFile */ .JE)(indexPath, { ijson: true });
    (0,_schemas_registry_js__WEBPACK_IMPORTED_MODULE_9__/* .assertValid */ .pP)('proof-pack', doc.value, indexPath, doc);
    const index = doc.value;
    const loaded = ctx.get('loaded');
    const problems = [];
    for (const f of index.files) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(ctx.folder, f.path);
        if (!path.startsWith(ctx.folder + '/') || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
            problems.push(`${f.path} is missing`);
            continue;
        }
        const digest = await regularFileDigest(path);
        if (typeof digest === 'string')
            problems.push(`${f.path} ${digest}`);
        else if (digest.sha256 !== f.sha256 || digest.size !== f.size_bytes)
            problems.push(`${f.path}: sha256 ${digest.sha256} (${digest.size} bytes), index records ${f.sha256} (${f.size_bytes} bytes)`);
    }
    if (index.source_manifest.sha256 !== loaded.sha256 && ctx.manifestPath.endsWith(_prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_10__/* .SNAPSHOT_NAME */ .lE))
        problems.push(`${_prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_10__/* .SNAPSHOT_NAME */ .lE} sha256 ${loaded.sha256} differs from the index's source_manifest`);
    if (problems.length > 0)
        return (0,_steps_js__WEBPACK_IMPORTED_MODULE_11__/* .fail */ .fJ)(problems[0], { problems });
    return (0,_steps_js__WEBPACK_IMPORTED_MODULE_11__/* .pass */ .IX)(`${_prove_capsule_manifest_js__WEBPACK_IMPORTED_MODULE_10__/* .PROOF_PACK_INDEX_NAME */ .y$}: ${index.files.length} files match`);
}
/**
 * A recorded file's sha256 and size, read through one descriptor opened without blocking; what
 * is wrong with it when it is not a regular file. A FIFO, device or socket planted (or linked)
 * where the run recorded a file is named as such, never read: the read would wait for a writer
 * for ever, or never end (/dev/zero).
 */
async function regularFileDigest(path) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, _fsio_read_js__WEBPACK_IMPORTED_MODULE_4__/* .OPEN_TO_READ */ ._);
    try {
        if (!(await handle.stat()).isFile())
            return 'is not a regular file, so it is not read';
        return await (0,_hash_sha256_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256Chunks */ .ch)(handle.createReadStream({ autoClose: false, highWaterMark: _hash_sha256_js__WEBPACK_IMPORTED_MODULE_5__/* .DIGEST_READ_BYTES */ .ws }));
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 5582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ pass),
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   rl: () => (/* binding */ runSteps)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

function pass(summary, details = {}) {
    return { status: 'pass', summary, details };
}
function fail(summary, details = {}) {
    return { status: 'fail', summary, details };
}
/**
 * Runs the steps in order. A step whose `needs` check failed is not run (a warning says which);
 * one whose `needs` check did not apply does not apply either. A step sees only the facts of
 * the checks it declared, so a check cannot act on anything not yet proven: reading an
 * undeclared fact is an error, and an error thrown by a check is that check's failure.
 */
async function runSteps(steps, producers, contextFor) {
    const checks = [];
    const warnings = [];
    const status = new Map();
    const values = new Map();
    const closure = new Map();
    for (const step of steps) {
        const hard = new Set(step.needs.flatMap((n) => [n, ...(closure.get(n) ?? [])]));
        closure.set(step.id, hard);
        const failedNeed = step.needs.find((n) => status.get(n) === 'fail' || status.get(n) === 'skipped');
        if (failedNeed) {
            warnings.push(`${step.id} not run: ${failedNeed} ${status.get(failedNeed) === 'fail' ? 'failed' : 'was not run'}`);
            status.set(step.id, 'skipped');
            continue;
        }
        if (step.needs.some((n) => status.get(n) !== 'pass'))
            continue;
        const declared = new Set([...hard, ...(step.uses ?? [])]);
        const facts = factAccess(step.id, hard, declared, producers, values, (id) => status.get(id) === 'pass');
        const outcome = await runOne(step, contextFor(facts, warnings));
        if (outcome === null)
            continue;
        checks.push({ id: step.id, ...outcome });
        status.set(step.id, outcome.status);
    }
    return {
        checks,
        warnings,
        fact: (key) => (status.get(producers[key]) === 'pass' ? values.get(key) : undefined),
    };
}
async function runOne(step, ctx) {
    try {
        return await step.run(ctx);
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CapsuleError */ .Mu)
            return fail(err.message, { code: err.code, ...err.location });
        return fail(`${step.id} could not complete: ${err.message ?? String(err)}`, { internal_error: true });
    }
}
function factAccess(step, hard, declared, producers, values, passed) {
    const producer = (key, allowed) => {
        const p = producers[key];
        if (!allowed.has(p))
            throw new Error(`reads ${String(key)}, a fact of ${p}, which it does not declare in needs${allowed === declared ? ' or uses' : ''}`);
        return p;
    };
    return {
        get(key) {
            const p = producer(key, hard);
            if (!values.has(key))
                throw new Error(`reads ${String(key)}, which ${p} did not establish`);
            return values.get(key);
        },
        maybe(key) {
            const p = producer(key, declared);
            return passed(p) ? values.get(key) : undefined;
        },
        set(key, value) {
            if (producers[key] !== step)
                throw new Error(`sets ${String(key)}, a fact of ${producers[key]}`);
            values.set(key, value);
        },
        passed(id) {
            if (!declared.has(id))
                throw new Error(`asks about ${id}, which it does not declare`);
            return passed(id);
        },
    };
}


/***/ }),

/***/ 7973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N1: () => (/* binding */ ENTRY_MODE),
/* harmony export */   cD: () => (/* binding */ comparePaths),
/* harmony export */   pR: () => (/* binding */ STORE_FROM_BYTES)
/* harmony export */ });
/**
 * What makes a capsule's ZIP canonical, shared by the writer and the verifier (which must
 * not pull the writer in): one entry mode, which entries are stored, and entries in byte
 * order of their UTF-8 paths.
 */
/** Every entry gets this mode and no owner, so the bytes depend only on content. */
const ENTRY_MODE = 0o644;
/** Byte order of UTF-8 paths: the same on every platform and locale. */
function comparePaths(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
/**
 * Entries from this size on are stored, not deflated. Large artifacts (weights, datasets,
 * archives) rarely shrink much, and deflate ran at ~7 MiB/s on incompressible data here
 * (bench/RESULTS.md), against the disk's speed for stored data. The rule depends only on
 * the entry's size, so capsules stay deterministic; the verifier's compression-ratio cap
 * applies from the same size, so every capsule we write passes it.
 */
const STORE_FROM_BYTES = 8 * 1024 * 1024;


/***/ }),

/***/ 1279:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _S: () => (/* binding */ refuseAboveTotalCap),
/* harmony export */   dR: () => (/* binding */ DEFAULT_LIMITS),
/* harmony export */   e_: () => (/* binding */ sizeCapProblems)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7973);


const DEFAULT_LIMITS = {
    maxEntryBytes: 8 * 1024 ** 3,
    maxTotalBytes: 16 * 1024 ** 3,
    maxRatio: 500,
    // Our writer stores every entry from this size on (ratio 1), so its own capsules always pass.
    ratioFloorBytes: _canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .STORE_FROM_BYTES */ .pR,
    maxDocumentBytes: 16 * 1024 ** 2,
};
/** Every declared size above a cap, by entry. */
function sizeCapProblems(limits, entries) {
    const { maxEntryBytes, maxTotalBytes, maxRatio, ratioFloorBytes } = limits;
    const problems = [];
    let total = 0;
    for (const e of entries) {
        total += e.uncompressedSize;
        if (e.uncompressedSize > maxEntryBytes)
            problems.push(`${JSON.stringify(e.name)}: declares ${e.uncompressedSize} bytes, above the per-entry cap ${maxEntryBytes}`);
        const ratio = e.uncompressedSize / Math.max(e.compressedSize, 1);
        if (e.uncompressedSize >= ratioFloorBytes && ratio > maxRatio)
            problems.push(`${JSON.stringify(e.name)}: compression ratio ${ratio.toFixed(0)} above the cap ${maxRatio} (decompression bomb)`);
    }
    if (total > maxTotalBytes)
        problems.push(`entries declare ${total} bytes in total, above the cap ${maxTotalBytes}`);
    return problems;
}
const gib = (n) => `${(n / 1024 ** 3).toFixed(2)} GiB`;
/**
 * Refuses files a capsule is to hold that add up to more than the verifier's total cap (a capsule
 * above it would be refused by `capsule verify`, and by this tool's own run), so that the writer
 * stops before it writes one. `file` is what the message is about (the manifest, the run folder);
 * the largest files are named, and `hint` says what to do.
 */
function refuseAboveTotalCap(list, file, hint, cap = DEFAULT_LIMITS.maxTotalBytes) {
    const total = list.reduce((n, f) => n + f.size, 0);
    if (total <= cap)
        return;
    const largest = [...list].sort((a, b) => b.size - a.size || (a.path < b.path ? -1 : 1)).slice(0, 3)
        .map((f) => `${f.path} (${f.size} bytes)`);
    const more = list.length > 3 ? ` and ${list.length - 3} more` : '';
    const message = `${file}: the files to pack add up to ${total} bytes (${gib(total)}), above the ${cap} bytes `
        + `(${gib(cap)}) a capsule may hold in total (capsule verify refuses a larger one); no capsule was written. `
        + `Largest: ${largest.join(', ')}${more}. ${hint}`;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CapsuleError */ .Mu('capsule_too_large', message, { file }, { total_bytes: total, cap_bytes: cap });
}


/***/ }),

/***/ 3639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z0: () => (/* binding */ entryNameCollisions),
/* harmony export */   j2: () => (/* binding */ entryNameProblem)
/* harmony export */ });
/* unused harmony exports MAX_NAME_SEGMENT_BYTES, MAX_NAME_BYTES */
/**
 * Entry names a capsule may hold: safe to unpack anywhere (no climbing out, no absolute or
 * drive paths) and portable, so every file system a reviewer checks it out on (ext4, APFS,
 * NTFS) holds exactly the files the manifest lists, under the names it lists.
 */
/** ext4 and APFS cap a name at 255 bytes, NTFS at 255 UTF-16 units: the byte cap satisfies all three. */
const MAX_NAME_SEGMENT_BYTES = 255;
/** Leaves room under macOS's 1024-byte PATH_MAX for the folder a capsule is unpacked into. */
const MAX_NAME_BYTES = 512;
/** Windows reserves these as devices in any folder and with any extension ("con.txt", "LPT1.log"). */
const RESERVED = /^(?:con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** What is wrong with one name, or null. */
function entryNameProblem(entry) {
    let name;
    try {
        name = utf8.decode(entry.raw);
    }
    catch {
        return `entry name bytes ${entry.raw.toString('hex')} are not UTF-8`;
    }
    const q = JSON.stringify(name);
    if (!entry.utf8Flag && /[^\x20-\x7e]/.test(name))
        return `${q}: non-ASCII name without the UTF-8 flag (would be read as CP437)`;
    if (name !== name.normalize('NFC'))
        return `${q}: name is not Unicode NFC`;
    if (name.length === 0)
        return 'empty entry name';
    if (/[\x00-\x1f\x7f]/.test(name))
        return `${q}: control character in name`;
    if (/[\p{Cf}\p{Zl}\p{Zp}]/u.test(name))
        return `${q}: invisible format character (bidi override, zero-width or similar) in name`;
    if (name.includes('\\'))
        return `${q}: backslash in name`;
    if (name.startsWith('/'))
        return `${q}: absolute path`;
    if (/^[A-Za-z]:/.test(name))
        return `${q}: drive-letter path`;
    if (entry.raw.length > MAX_NAME_BYTES)
        return `${q}: ${entry.raw.length}-byte name, longer than the ${MAX_NAME_BYTES} bytes a capsule name may be`;
    // A directory entry ("dir/") is judged by capsule_entries_valid; its path is checked like a file's.
    const parts = name.replace(/\/$/, '').split('/');
    if (parts.some((p) => p === '..'))
        return `${q}: ".." path segment (zip-slip)`;
    if (parts.some((p) => p === '.' || p === ''))
        return `${q}: empty or "." path segment`;
    for (const part of parts) {
        if (Buffer.byteLength(part) > MAX_NAME_SEGMENT_BYTES)
            return `${q}: a ${Buffer.byteLength(part)}-byte path segment, longer than the ${MAX_NAME_SEGMENT_BYTES} bytes file systems hold`;
        if (/[. ]$/.test(part))
            return `${q}: segment ${JSON.stringify(part)} ends in a dot or space (Windows drops it)`;
        if (RESERVED.test(part.split('.')[0].trimEnd()))
            return `${q}: segment ${JSON.stringify(part)} is a reserved device name on Windows`;
    }
    return null;
}
/**
 * Names that one case-insensitive file system (the default on Windows and macOS) would make
 * one file, and a name that is also another name's folder ("a" and "a/b").
 */
function entryNameCollisions(names) {
    const problems = [];
    const byFolded = new Map();
    for (const name of names) {
        const key = fold(name);
        const other = byFolded.get(key);
        if (other !== undefined && other !== name)
            problems.push(`${JSON.stringify(name)}: differs from ${JSON.stringify(other)} only by case or Unicode form`);
        else
            byFolded.set(key, name);
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
function fold(name) {
    return name.normalize('NFC').toLowerCase().normalize('NFC');
}


/***/ })

};
