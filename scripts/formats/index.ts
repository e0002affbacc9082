import type { FormatReader } from './format.ts';
import { mrds } from './mrds.ts';
import { pp1802 } from './pp1802.ts';
import { uaRegister } from './uaRegister.ts';

export const FORMATS: readonly FormatReader[] = [mrds, pp1802, uaRegister];
