/** Types for bench/adversarial-text.mjs. */

/** 1 MiB in UTF-16 code units. */
export declare const ONE_MB: number;

/** The adversarial texts at `size` characters each (default 1 MiB), each named for what it attacks. */
export declare function adversarialTexts(size?: number): { name: string; text: string }[];
