// Verb forms recognised by their shape alone, shared by the factuality cues and the event arguments.

/** An Indonesian verb form by its prefix (`menyerang`, `diserang`, `berunding`, `tertangkap`). */
export const INDONESIAN_VERB = /^(me|di|ber|ter)\p{L}{3,}/u;

/** An English -ing form (`without giving`). */
export const ENGLISH_GERUND = /^\p{L}{2,}ing$/u;
