#!/usr/bin/env node
/**
 * `npm start`: builds what is missing or older than its sources (server → dist/, client →
 * client/dist/), then starts the portal. Configuration comes from the environment (see README).
 */
import path from 'node:path';
import { clientBauen, root, serverBauen } from './bauen.mjs';

serverBauen();
clientBauen();

// Run the server in this process, so signals (Ctrl-C, SIGTERM) reach it directly.
process.chdir(root);
await import(path.join(root, 'dist/server/src/main.js'));
