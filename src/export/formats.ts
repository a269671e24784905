export const EXPORT_FORMATS = ['backstage', 'jsonld', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
