/**
 * Values an option with `.choices()` also takes, each read as one of the
 * choices (`import --encoding GB2312` is `gbk`). The choices stay the one
 * list that `--help`, completion and did-you-mean read; the other spellings
 * are accepted quietly (src/cli/main.ts checks them before refusing a value).
 */
import type { Option } from 'commander';

type Alias = (value: string) => string | undefined;

const ALIASES = new WeakMap<Option, Alias>();

export function acceptAlso(option: Option, alias: Alias): Option {
  ALIASES.set(option, alias);
  return option;
}

/** The choice an other spelling stands for, when the option takes other spellings. */
export function aliasOf(option: object): Alias | undefined {
  return ALIASES.get(option as Option);
}
