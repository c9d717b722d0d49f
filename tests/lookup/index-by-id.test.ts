import { describe, expect, it } from "vitest";
import { indexById } from "../../src/lookup/index-by-id.js";

describe("indexById", () => {
  it("resolves ids and aliases to the same record", () => {
    const merged = { id: "2023-04-11-tegh", aliases: ["2023-04-11-tekh"] };
    const index = indexById([merged, { id: "2023-09-01-sotk" }]);
    expect(index.get("2023-04-11-tekh")).toBe(merged);
    expect(index.get("2023-04-11-tegh")).toBe(merged);
    expect(index.get("2023-09-01-sotk")?.id).toBe("2023-09-01-sotk");
    expect(index.size).toBe(3);
  });
});
