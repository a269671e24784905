/** The commands `orgctl init` prints as next steps run as printed, whatever the folder is called. */
import { describe, expect, it } from 'vitest';
import { shellWord } from '../src/cli/actions/init.js';

describe('shellWord', () => {
  it('leaves a plain name as it is and quotes one the shell would split', () => {
    expect(shellWord('org')).toBe('org');
    expect(shellWord('组织/架构')).toBe('组织/架构');
    expect(shellWord('my org')).toBe("'my org'");
    expect(shellWord("it's")).toBe("'it'\\''s'");
  });

  it('writes a folder whose name starts with - as ./-x, which no command takes for an option (was: orgctl validate -x)', () => {
    expect(shellWord('-x')).toBe('./-x');
    expect(shellWord('--fix')).toBe('./--fix');
    expect(shellWord('-my org')).toBe("'./-my org'");
  });
});
