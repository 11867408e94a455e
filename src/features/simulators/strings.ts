/** Strings of the ranking and budget simulators (namespace `simulators`), one file per language. */
import { simulatorStringsEn } from './strings.en';
import { simulatorStringsIt } from './strings.it';

export const simulatorStrings = { it: simulatorStringsIt, en: simulatorStringsEn };
