/** Roles a signed-in user can hold; the API registry checks them on every call. */
export const ROLES = {
  admin: '系统管理员',
  mediator: '调解员',
  clerk: '书记员',
  auditor: '审计员',
  viewer: '查阅人员',
} as const;
export type Role = keyof typeof ROLES;
export const ALL_ROLES = Object.keys(ROLES) as Role[];
/** Every role that may change case data or settings (the auditor and viewer only read). */
export const STAFF_ROLES: Role[] = ['admin', 'mediator', 'clerk'];
