// Loaded with `node --import` before dependency-cruiser: routes its import of @swc/core to swc-tsx.mjs.
import { register } from 'node:module';

register('./resolve-hook.mjs', import.meta.url);
