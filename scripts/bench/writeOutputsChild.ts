// The floor under the normalise benchmark: the deposits are read untimed, then only writing the command's outputs
// (deposits.json, deposits.geojson, deposits.csv and the rest, as `normalise` writes them) is measured.
import { readFileSync } from 'node:fs';
import { loadPlaces } from '../geo/places.ts';
import { writeOutputs } from '../normalise/outputs.ts';
import { normaliseInputs } from '../normalise/run.ts';
import { reportChild } from './measure.ts';

const [out, input] = process.argv.slice(2) as [string, string];
const result = normaliseInputs([{ path: input, bytes: readFileSync(input) }], { format: null, columns: {}, places: loadPlaces() });
const start = performance.now();
writeOutputs(out, result);
reportChild(performance.now() - start);
