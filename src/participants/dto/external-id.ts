/** Registration systems use ids like "REG-2026-0042" or "b2m:91735"; nothing that breaks a URL. */
export const EXTERNAL_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:@+-]{0,127}$/;

export const EXTERNAL_ID_RULE =
  'externalId must be 1-128 characters: letters, digits and . _ : @ + - (starting with a letter or digit)';
