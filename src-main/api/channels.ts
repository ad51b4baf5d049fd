/**
 * The IPC surface, kept free of any import so the preload can bundle it alone. The preload
 * exposes exactly these method names; a test holds this list equal to the registry's.
 */
export const API_CHANNEL = 'mediation-desk:api';
/** Electron only: the save dialog for files the app produces (browser mode downloads instead). */
export const SAVE_FILE_CHANNEL = 'mediation-desk:save-file';
export const IPC_CHANNELS = [API_CHANNEL, SAVE_FILE_CHANNEL] as const;

export const API_METHOD_NAMES = [
  'cases.accept',
  'cases.deadlines',
  'cases.export',
  'cases.findDuplicates',
  'cases.get',
  'cases.history',
  'cases.import',
  'cases.list',
  'cases.overrideTrack',
  'cases.previewImport',
  'cases.refuse',
  'cases.register',
  'documents.attachSignedScan',
  'documents.download',
  'documents.generate',
  'documents.list',
  'documents.options',
  'documents.preview',
  'drafts.clear',
  'drafts.get',
  'drafts.save',
  'files.read',
  'files.store',
  'mediators.create',
  'mediators.list',
  'mediators.setActive',
  'mediators.update',
  'organization.get',
  'organization.update',
  'preferences.get',
  'preferences.update',
  'settings.exportHolidays',
  'settings.getDeadlines',
  'settings.getIntake',
  'settings.importHolidays',
  'settings.removeHolidayYear',
  'settings.updateDeadlineRules',
  'settings.updateIntake',
  'setup.complete',
  'setup.status',
  'system.about',
  'system.checkIntegrity',
  'wording.exportPack',
  'wording.history',
  'wording.importPack',
  'wording.list',
  'wording.reset',
  'wording.save',
] as const;
