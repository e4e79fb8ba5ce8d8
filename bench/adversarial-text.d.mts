/** Types for bench/adversarial-text.mjs. */

/** 1 MiB in UTF-16 code units. */
export declare const ONE_MB: number;

/** The adversarial texts at `size` characters each (default 1 MiB), each named for what it attacks. */
export declare function adversarialTexts(size?: number): { name: string; text: string }[];

/** A valid session whose every free-text field carries `text`. */
export declare function sessionWithText(text: string): {
  dateOfService: string;
  payer: { program: "medicare"; name: string };
  provider: { discipline: "PT"; credential: "PT" };
  services: { code: string; minutes: number; units: number; modifiers: string[]; activity: string; goalIds: string[] }[];
  totalTimedMinutes: number;
  note: { subjective: string; objective: string; assessment: string; patientResponse: string; plan: string; text: string };
  planOfCare: { startOfCare: string; goals: { id: string; text: string }[] };
};
