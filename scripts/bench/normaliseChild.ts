// The measured side of the normalise benchmark: the whole command, end to end, in this process.
import { runNormalise } from '../normalise/cli.ts';
import { reportChild } from './measure.ts';

const start = performance.now();
const code = runNormalise(process.argv.slice(2), () => {});
const ms = performance.now() - start;
if (code !== 0) throw new Error(`normalise exited ${code}`);
reportChild(ms);
