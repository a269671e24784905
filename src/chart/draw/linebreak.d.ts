/** The `linebreak` package (UAX #14 break opportunities) ships no types; this is the part orgctl uses. */
declare module 'linebreak' {
  export default class LineBreaker {
    constructor(text: string);
    /** The next break opportunity: a line may start at `position` (UTF-16 offset); null at the end. */
    nextBreak(): { position: number; required: boolean } | null;
  }
}
