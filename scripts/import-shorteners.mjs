#!/usr/bin/env node
// Regenerates src/rules/data/shorteners-public-list.ts from test/data/shorteners.txt (the CC BY-SA
// 4.0 "url-shorteners" list). Run after updating the text file; a unit test checks they agree.
import { readFileSync, writeFileSync } from 'node:fs';

const source = new URL('../test/data/shorteners.txt', import.meta.url);
const target = new URL('../src/rules/data/shorteners-public-list.ts', import.meta.url);
const hosts = readFileSync(source, 'utf8')
  .split('\n')
  .map((line) => line.trim().toLowerCase())
  .filter((line) => line !== '' && !line.startsWith('#'));
const current = readFileSync(target, 'utf8');
const header = current.slice(0, current.indexOf('export const'));
writeFileSync(
  target,
  `${header}export const LISTED_SHORTENER_HOSTS: readonly string[] = [\n${hosts.map((host) => `  '${host}',`).join('\n')}\n];\n`,
);
console.log(`${hosts.length} hosts written to ${target.pathname}`);
