import { describe, expect, it } from 'vitest';
import { canEditRecords, canManageWorkspace, hasRole } from './roles.ts';

describe('workspace roles', () => {
  it('lets each role do what the roles below it may', () => {
    expect(hasRole('owner', 'admin')).toBe(true);
    expect(hasRole('admin', 'admin')).toBe(true);
    expect(hasRole('member', 'admin')).toBe(false);
    expect(hasRole('viewer', 'viewer')).toBe(true);
  });

  it('gives someone who is not a member, or has an unknown role, no role at all', () => {
    expect(hasRole(null, 'viewer')).toBe(false);
    expect(hasRole(undefined, 'viewer')).toBe(false);
    expect(hasRole('OWNER', 'viewer')).toBe(false);
  });

  it('lets members and up edit records, and admins and up manage the workspace', () => {
    expect(['viewer', 'member', 'admin', 'owner'].map(canEditRecords)).toEqual([
      false,
      true,
      true,
      true,
    ]);
    expect(['viewer', 'member', 'admin', 'owner'].map(canManageWorkspace)).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });
});
