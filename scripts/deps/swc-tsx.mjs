// @swc/core as dependency-cruiser 17 sees it: the same parser, told to read JSX in .tsx/.jsx files.
// dependency-cruiser 17 parses every file as plain TypeScript (JSX support came in 18, which needs
// Node 22; this project supports Node 20), so without this every .tsx file fails to parse.
import swc from '@swc/core';

const withJsx = (file, options) => (/\.[jt]sx$/.test(file) ? { ...options, tsx: true, jsx: true } : options);

export default {
  ...swc,
  parseFileSync: (file, options) => swc.parseFileSync(file, withJsx(file, options)),
  parseSync: (source, options) => swc.parseSync(source, options),
};
