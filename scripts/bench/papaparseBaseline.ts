// Baseline for the normalise benchmark: papaparse tokenising a file into array rows, nothing else.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { reportChild } from './measure.ts';

const start = performance.now();
const text = readFileSync(process.argv[2]!, 'utf8');
const rows = Papa.parse<string[]>(text, { header: false }).data;
const ms = performance.now() - start;
console.error(`${rows.length} rows`);
reportChild(ms);
