/**
 * The stable error codes every layer speaks, each with the Chinese message a user sees.
 * Messages never echo user input (so no personal data can leak through an error) and
 * never carry stack traces.
 */
export const ERROR_CATALOG = {
  VALIDATION: '输入有误，请按提示修改标出的字段。',
  FORBIDDEN: '当前账号无权执行此操作。',
  UNKNOWN_METHOD: '请求的功能不存在，请确认程序版本。',
  NOT_FOUND: '未找到对应的记录，可能已被删除。',
  CONFLICT: '记录已存在或已被他人修改，请刷新后重试。',
  SETUP_REQUIRED: '尚未完成初始设置，请先填写组织信息。',
  SETUP_ALREADY_DONE: '初始设置已经完成，请在“设置”中修改组织信息。',
  CASE_NUMBER_PATTERN: '案号规则有误。',
  DUPLICATE_MEDIATOR_NO: '调解员编号已被使用，请换一个编号。',
  DB_NOT_DATABASE: '数据文件不是有效的数据库，程序未对其做任何修改。请检查数据目录或从备份恢复。',
  DB_DAMAGED: '数据库文件已损坏，为保护数据程序未对其做任何修改。请从备份恢复（界面的恢复页面或命令行 restore）。',
  DB_PRAGMA: '数据库安全设置未能生效，为保护数据已停止打开。请检查磁盘和数据目录权限。',
  DB_NEWER_SCHEMA: '数据库由更新版本的程序创建，请升级本程序后再打开。',
  DB_SCHEMA_MISMATCH: '数据库结构与程序记录不符，为保护数据已停止升级。请联系技术支持。',
  MIGRATION_FAILED: '数据库升级失败，已回滚，原数据未改变；升级前的备份已保留。',
  BACKUP_FAILED: '备份失败，原数据未改变。请检查目标位置的磁盘空间和写入权限。',
  BACKUP_VERIFY_FAILED: '备份校验未通过，已丢弃该备份，原数据未改变。',
  RESTORE_REFUSED: '备份文件未通过检查，未恢复，当前数据未改变。',
  BUNDLE_REFUSED: '交换包未通过检查，未导入任何内容。',
  DB_BUSY: '数据库正被另一个程序写入，请稍后重试。',
  DISK_FULL: '磁盘空间不足，操作未完成，数据未被修改。请清理磁盘后重试。',
  FILE_DAMAGED: '文件已损坏或被改动（校验值不符），为保证证据真实已停止打开，并已记录。请从备份恢复。',
  INVALID_TRANSITION: '案件当前的状态不允许这项操作。',
  CASE_ARCHIVED: '本案已归档，案卷只读，不能修改；确需修改的，请管理员先解除归档（解除将记入日志）。',
  FILE_BLOCKED: '该文件此前校验不符，已被封存，不能打开或导出。请找到原件重新上传同一文件以解除封存。',
  DATA_DIR_UNAVAILABLE: '数据目录无法创建或写入，请检查路径和权限。',
  UNAUTHORIZED: '访问令牌无效，请使用启动时显示的完整地址打开。',
  PAYLOAD_TOO_LARGE: '提交的数据过大，请分批提交。',
  BAD_REQUEST: '请求格式有误。',
  INTERNAL: '内部错误，操作未完成，数据未被修改。请重试；如仍失败，请将日志编号告知管理员。',
} as const;

export type ErrorCode = keyof typeof ERROR_CATALOG;

/** Field path (dot-joined, e.g. `mediators.0.phone`) → Chinese message for that field. */
export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldErrors | undefined;

  constructor(code: ErrorCode, message?: string, fields?: FieldErrors) {
    super(message ?? ERROR_CATALOG[code]);
    this.name = 'AppError';
    this.code = code;
    this.fields = fields;
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

/** The database failed its start-up check (`quick_check`); `problems` are what the check found. */
export class DatabaseDamagedError extends AppError {
  readonly problems: string[];

  constructor(code: 'DB_DAMAGED' | 'DB_NOT_DATABASE', problems: string[]) {
    super(code);
    this.problems = problems;
  }
}

/** Shorthand for a validation failure on one field. */
export const fieldError = (field: string, message: string): AppError =>
  new AppError('VALIDATION', message, { [field]: message });
