/** Upper bounds on what a participant may type; generous for people, tight for abuse. */
export const TEXT_LIMITS = {
  name: 200,
  email: 254,
  short: 200,
  long: 4_000,
  description: 8_000,
  rounds: 200,
} as const;
