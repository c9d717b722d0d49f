// What an editor shows: a lookup's result by its type's name, and a misspelt id's error without `never`.
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const FILE = path.join(ROOT, "tests/types/virtual-hover.ts");
const CODE = `import { getIncident, getPlace } from "../../src/index.js";
export const incident = getIncident("2023-04-11-tegh");
export const place = getPlace("tegh");
export const misspelt = getIncident("2023-04-11-tekh");
`;

const options: ts.CompilerOptions = {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
};
const host = ts.createCompilerHost(options);
const getSourceFile = host.getSourceFile.bind(host);
host.getSourceFile = (name, language, ...rest) =>
  path.resolve(name) === FILE ? ts.createSourceFile(name, CODE, language) : getSourceFile(name, language, ...rest);
const fileExists = host.fileExists.bind(host);
host.fileExists = (name) => path.resolve(name) === FILE || fileExists(name);
const program = ts.createProgram([FILE], options, host);
const checker = program.getTypeChecker();
const source = program.getSourceFile(FILE)!;

function typeOf(name: string): string {
  let found: ts.Node | undefined;
  source.forEachChild(function visit(node): void {
    if (ts.isVariableDeclaration(node) && node.name.getText(source) === name) found = node.name;
    node.forEachChild(visit);
  });
  return checker.typeToString(checker.getTypeAtLocation(found!));
}

describe("types as an editor shows them", () => {
  it("names a lookup's result rather than expanding it", () => {
    expect(typeOf("incident")).toBe("Incident");
    expect(typeOf("place")).toBe("Place");
  });

  it("reports a misspelt id without an overload taking never", () => {
    const messages = ts
      .getPreEmitDiagnostics(program, source)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('"2023-04-11-tekh"');
    expect(messages[0]).not.toMatch(/\bnever\b/);
    expect(messages[0]).not.toContain("readonly sides");
  });
});
