import type { Discipline, Program, ServiceLine, Session } from "../../src/model/session.js";

/** A Medicare PT session on 2024-05-02 unless told otherwise. */
export function session(services: ServiceLine[], over: Partial<Session> & { discipline?: Discipline; program?: Program; credential?: NonNullable<Session["provider"]["credential"]> } = {}): Session {
  const { discipline = "PT", program = "medicare", credential, ...rest } = over;
  return {
    dateOfService: "2024-05-02",
    payer: { program },
    provider: credential === undefined ? { discipline } : { discipline, credential },
    services,
    ...rest,
  };
}

/** Deep-freezes a value so a mutation throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
