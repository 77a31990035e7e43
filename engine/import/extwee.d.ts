// extwee ships types that its package.json "exports" hides from bundler resolution; these declare the
// part the import uses.
declare module 'extwee' {
  export interface Passage {
    readonly name: string;
    readonly text: string;
    readonly tags: string[];
  }
  export interface Story {
    readonly name: string;
    readonly start: string;
    readonly format: string;
    readonly storyJavaScript: string;
    readonly passages: Passage[];
  }
  export function parseTwee(text: string): Story;
  export function parseTwine2HTML(text: string): Story;
  export function parseTwine2ArchiveHTML(text: string): Story[];
}
