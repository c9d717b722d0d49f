// Every export of every entry point has a doc comment: what an editor shows on hover is all many users read.
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const ENTRIES = ["src/index.ts", "src/create.ts", "src/schema/index.ts"];

const program = ts.createProgram(
  ENTRIES.map((entry) => path.join(ROOT, entry)),
  {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  },
);
const checker = program.getTypeChecker();

/** The exports of an entry that have no doc comment on any declaration. */
function undocumented(entry: string): string[] {
  const file = program.getSourceFile(path.join(ROOT, entry));
  const module = file && checker.getSymbolAtLocation(file);
  if (!module) throw new Error(`cannot read ${entry}`);
  return checker.getExportsOfModule(module).flatMap((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const documented =
      symbol.getDocumentationComment(checker).length > 0 ||
      exported.getDocumentationComment(checker).length > 0 ||
      (symbol.declarations ?? []).some((declaration) => ts.getJSDocCommentsAndTags(declaration).length > 0);
    return documented ? [] : [exported.name];
  });
}

describe("doc comments", () => {
  for (const entry of ENTRIES) {
    it(`every export of ${entry} has one`, () => {
      expect(undocumented(entry)).toEqual([]);
    });
  }
});
