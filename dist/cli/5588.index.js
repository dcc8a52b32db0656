export const id = 5588;
export const ids = [5588];
export const modules = {

/***/ 5588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeGeneratedFiles: () => (/* binding */ writeGeneratedFiles)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _fsio_atomic_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9802);


/** Writes generated documents under `dir` (atomically each); shell scripts get the execute bit. Returns the paths written. */
function writeGeneratedFiles(dir, files) {
    return files.map((file) => {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, file.path);
        (0,_fsio_atomic_js__WEBPACK_IMPORTED_MODULE_1__.writeFileAtomic)(path, file.content, file.path.endsWith('.sh') ? 0o755 : 0o644);
        return path;
    });
}


/***/ })

};
