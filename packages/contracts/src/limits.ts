// Plain numbers with no zod import, so the web app can show the rules without bundling the schemas.
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
