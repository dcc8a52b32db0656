export const id = 680;
export const ids = [680];
export const modules = {

/***/ 6680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u3: () => (/* binding */ jcsNumber)
/* harmony export */ });
/* unused harmony exports canonicalJson, canonicalBytes */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/**
 * RFC 8785 (JCS) canonical form of a JSON value: the bytes that are hashed and signed.
 * Written for what JSON.parse returns (plain objects, arrays, strings, finite numbers,
 * booleans, null) and for the objects our code builds like them: as JSON.stringify does,
 * `undefined` members are left out, `undefined` array items become null and `toJSON` is used.
 * NaN, Infinity and lone surrogates have no canonical form and throw `jcs_unrepresentable`.
 */
function canonicalJson(value, options = {}) {
    return serialize(value, { spellFloat: options.spellFloat ?? jcsNumber, ijson: options.ijson ?? false }, 0);
}
function canonicalBytes(value, options = {}) {
    return Buffer.from(canonicalJson(value, options), 'utf8');
}
/** Deeper than any document we write or read: a cycle or a hostile value, not data. */
const MAX_SERIALIZE_DEPTH = 1000;
/** RFC 8785 §3.2.2.3: ECMAScript's Number.prototype.toString, with -0 as 0. */
function jcsNumber(value) {
    return value === 0 ? '0' : String(value);
}
/** True when `jcsNumber(value)` has a fraction or an exponent (a reader sees a float token). */
function hasFloatSpelling(spelled) {
    for (let i = 0; i < spelled.length; i++) {
        const c = spelled.charCodeAt(i);
        if (c === 0x2e || c === 0x65)
            return true;
    }
    return false;
}
function serialize(value, spelling, depth) {
    switch (typeof value) {
        case 'string':
            return canonicalString(value);
        case 'number': {
            if (!Number.isFinite(value))
                throw unrepresentable(`the number ${value}`);
            const spelled = jcsNumber(value);
            if (spelling.spellFloat === jcsNumber && !spelling.ijson)
                return spelled;
            if (!hasFloatSpelling(spelled)) {
                if (spelling.ijson && Math.abs(value) > Number.MAX_SAFE_INTEGER)
                    throw unrepresentable(`the integer ${spelled}, beyond ±(2^53−1),`);
                return spelled;
            }
            return spelling.spellFloat(value);
        }
        case 'boolean':
            return value ? 'true' : 'false';
        case 'object':
            break;
        default:
            // Top-level undefined, functions, symbols, bigint: JSON has no spelling for them.
            throw unrepresentable(`a ${typeof value}`);
    }
    if (value === null)
        return 'null';
    if (depth >= MAX_SERIALIZE_DEPTH)
        throw unrepresentable(`a value nested deeper than ${MAX_SERIALIZE_DEPTH} levels (a cycle?)`);
    const toJSON = value.toJSON;
    if (typeof toJSON === 'function')
        return serialize(toJSON.call(value), spelling, depth + 1);
    if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) {
            const item = value[i];
            if (i > 0)
                out += ',';
            out += item === undefined || typeof item === 'symbol' || typeof item === 'function' ? 'null' : serialize(item, spelling, depth + 1);
        }
        return `${out}]`;
    }
    const record = value;
    const keys = Object.keys(record);
    // JCS orders members by UTF-16 code units, which is what the default sort compares.
    if (!isSorted(keys))
        keys.sort();
    let out = '{';
    let first = true;
    for (const key of keys) {
        const member = record[key];
        if (member === undefined || typeof member === 'symbol' || typeof member === 'function')
            continue;
        out += `${first ? '' : ','}${canonicalString(key)}:${serialize(member, spelling, depth + 1)}`;
        first = false;
    }
    return `${out}}`;
}
function isSorted(keys) {
    for (let i = 1; i < keys.length; i++)
        if (keys[i - 1] > keys[i])
            return false;
    return true;
}
/** JSON.stringify escapes exactly as JCS does (only `"`, `\` and controls), lone surrogates aside. */
function canonicalString(value) {
    if (!value.isWellFormed())
        throw unrepresentable('a string with a lone surrogate');
    return JSON.stringify(value);
}
function unrepresentable(what) {
    return new CapsuleError('jcs_unrepresentable', `${what} has no JSON canonical form (RFC 8785)`);
}


/***/ })

};
