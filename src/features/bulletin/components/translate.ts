/** The part of i18next's t() that shared (server or client) components need. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;
