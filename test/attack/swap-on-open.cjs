// Preloaded into the CLI (`node --require swap-on-open.cjs dist/cli.js …`): counts every open of
// SWAP_TARGET and, right after open number SWAP_AFTER returns, atomically replaces the file at
// that path with SWAP_WITH, as an attacker racing the verifier would. SWAP_AFTER=0 only counts.
// The count is written to SWAP_COUNT_FILE when the process exits.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { syncBuiltinESMExports } = require('node:module');

const target = process.env.SWAP_TARGET ? path.resolve(process.env.SWAP_TARGET) : null;
const replacement = process.env.SWAP_WITH;
const after = Number(process.env.SWAP_AFTER ?? '0');
let opens = 0;

function opened(file) {
  if (target === null || (typeof file !== 'string' && !(file instanceof URL) && !Buffer.isBuffer(file))) return;
  if (path.resolve(String(file instanceof URL ? file.pathname : file)) !== target) return;
  opens += 1;
  if (opens === after && replacement) fs.renameSync(replacement, target);
}

const { openSync, open } = fs;
const promisesOpen = fs.promises.open;
fs.openSync = function (file, ...rest) {
  const fd = openSync.call(this, file, ...rest);
  opened(file);
  return fd;
};
fs.open = function (file, ...rest) {
  const callback = rest.pop();
  return open.call(this, file, ...rest, (err, fd) => {
    if (!err) opened(file);
    callback(err, fd);
  });
};
fs.promises.open = async function (file, ...rest) {
  const handle = await promisesOpen.call(this, file, ...rest);
  opened(file);
  return handle;
};
syncBuiltinESMExports();

process.on('exit', () => {
  if (process.env.SWAP_COUNT_FILE) fs.writeFileSync(process.env.SWAP_COUNT_FILE, String(opens));
});
