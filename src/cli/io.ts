/** What a command knows of where its output goes, and what it returns. */
export interface Terminal {
  /** True when standard output is a terminal: tables and text; otherwise machine-readable output. */
  isTTY: boolean;
  columns: number;
}

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

export const ok = (stdout: string): Result => ({
  code: 0,
  stdout: stdout.endsWith("\n") || stdout === "" ? stdout : `${stdout}\n`,
  stderr: "",
});
