# rules: see src/i18n/mod.rs for which part of the app this file speaks for.
