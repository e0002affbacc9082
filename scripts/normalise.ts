// npm run normalise -- --out DIR [--format mrds|pp1802|ua-register] [--columns map.json] [--strict] FILE...
import { runNormalise } from './normalise/cli.ts';

process.exitCode = runNormalise(process.argv.slice(2));
