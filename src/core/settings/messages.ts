type Msg<P> = { readonly sv: (p: P) => string; readonly en: (p: P) => string };

export const SETTINGS_MESSAGES = {
  STORED_INVALID: {
    sv: (p: { what: string; backup: string; detail: string }) =>
      `${p.what} som sparats i arbetsboken gick inte att läsa (${p.detail}). Standardvärdena används i stället; det gamla värdet finns kvar under nyckeln ${p.backup}. Fyll i och spara på nytt under Inställningar.`,
    en: (p: { whatEn: string; backup: string; detail: string }) =>
      `The ${p.whatEn} saved in the workbook could not be read (${p.detail}). The defaults are used instead; the old value is kept under the key ${p.backup}. Fill in and save again under Settings.`,
  },
  STORED_OUTDATED: {
    sv: (p: { what: string; backup: string; version: string }) =>
      `${p.what} i arbetsboken är sparade av en annan version av Bidragskollen (version ${p.version}). Standardvärdena används i stället; det gamla värdet finns kvar under nyckeln ${p.backup}. Kontrollera och spara på nytt under Inställningar.`,
    en: (p: { whatEn: string; backup: string; version: string }) =>
      `The ${p.whatEn} in the workbook were saved by another version of Bidragskollen (version ${p.version}). The defaults are used instead; the old value is kept under the key ${p.backup}. Check them and save again under Settings.`,
  },
} as const satisfies Record<string, Msg<never>>;
