// The shipped records as a module that costs no more to import than reading them: one template literal handed to
// JSON.parse (which V8 parses much faster than the same data written as an object literal). The text is kept
// ASCII (`\uXXXX` escapes inside the JSON strings), so the source and the string stay one byte per character.
// Marked pure, so a bundler drops the records from a bundle that imports none of them.

/** The JS module text: `export default JSON.parse(\`…\`)` of this JSON text. */
export function jsonModule(json: string): string {
  const ascii = json.trim().replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  const literal = ascii.replace(/\\/g, "\\\\").replace(/`/g, "\\`").replace(/\$\{/g, "\\${");
  return `export default /* @__PURE__ */ JSON.parse(\`${literal}\`);\n`;
}
